package org.trucewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** Every command's help: a summary that is a whole sentence, and descriptions left to picocli to wrap. */
class HelpTextTest {

  static Stream<CommandLine> everyCommand() {
    List<CommandLine> all = new ArrayList<>();
    collect(new CommandLine(new Trucewatch()), all);
    return all.stream().filter(c -> !c.getCommandName().equals("help"));
  }

  private static void collect(CommandLine c, List<CommandLine> into) {
    into.add(c);
    c.getSubcommands().values().forEach(s -> collect(s, into));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyCommand")
  void summaryIsOneWholeSentenceThatFitsTheCommandList(CommandLine command) {
    String[] description = command.getCommandSpec().usageMessage().description();
    assertThat(description).as("%s has a description", command.getCommandName()).isNotEmpty();
    String summary = description[0];
    assertThat(summary).as("the summary of %s", command.getCommandName())
        .matches("[A-Z][^\\n%]*[.]")
        .doesNotContain(". ");
    // the command list gives a summary 80 - 18 columns a line; two lines at most
    assertThat(summary.length()).as("the summary of %s: %s", command.getCommandName(), summary).isLessThanOrEqualTo(124);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyCommand")
  void descriptionsHaveNoHardLineBreaks(CommandLine command) {
    for (String line : command.getCommandSpec().usageMessage().description()) {
      // a hard-wrapped line stops mid-sentence; a paragraph or a list item ends as a sentence does
      assertThat(line).as("a line of %s's description", command.getCommandName())
          .satisfiesAnyOf(l -> assertThat(l).isEmpty(), l -> assertThat(l).matches("(?s).*[.:;)]$"));
      assertThat(line).doesNotContain("\n");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyCommand")
  void helpRendersWithoutRaggedLines(CommandLine command) {
    StringWriter out = new StringWriter();
    command.setOut(new PrintWriter(out));
    command.usage(new PrintWriter(out));
    String help = out.toString();
    assertThat(help).startsWith("Usage: ");
    // picocli wraps at 80 columns; a line longer than that was not wrapped by it
    for (String line : help.split("\n")) {
      assertThat(line.length()).as("help line of %s: %s", command.getCommandName(), line).isLessThanOrEqualTo(80);
    }
  }

  @org.junit.jupiter.api.Test
  void runHelpNamesEveryInputFormatTheDetectorRecognises() {
    String help = new CommandLine(new Trucewatch()).getSubcommands().get("run").getUsageMessage();
    // one name a user would look for per org.trucewatch.formats.InputFormat, in help's words
    for (String format : List.of("FIRMS CSV", "observation JSON lines", "sources YAML", "text reports", "report JSON lines",
        "Telegram", "ACLED CSV", "AIS NMEA", "GeoJSON", "MISB", "GPX", "KML")) {
      assertThat(help.replaceAll("\\s+", " ")).as("run --help names %s", format).contains(format);
    }
  }

  @org.junit.jupiter.api.Test
  void runHelpListsTheFormatsInTheWordsOfInputFormatAsTheRefusalDoes() {
    String help = new CommandLine(new Trucewatch()).getSubcommands().get("run").getUsageMessage();
    // picocli wraps lines, at spaces and after a full stop ("result.\njson"): compared without white space
    assertThat(help.replaceAll("\\s+", "")).contains(org.trucewatch.formats.InputFormat.list().replaceAll("\\s+", ""))
        .doesNotContain(RunCommand.FORMATS.replaceAll("\\s+", ""));
    for (org.trucewatch.formats.InputFormat f : org.trucewatch.formats.InputFormat.values()) {
      if (f != org.trucewatch.formats.InputFormat.UNKNOWN) {
        assertThat(help.replaceAll("\\s+", " ")).as("run --help names %s", f).contains(f.title());
      }
    }
  }
}
