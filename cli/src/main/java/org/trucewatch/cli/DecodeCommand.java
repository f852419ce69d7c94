package org.trucewatch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code trucewatch decode}: decodes raw sensor formats to readable records. */
@Command(
    name = "decode",
    mixinStandardHelpOptions = true,
    description = {"Decodes a raw input format to one record per line.", "", "See the subcommands: `trucewatch decode ais --help`."},
    subcommands = {DecodeAisCommand.class},
    footerHeading = "%nExample:%n",
    footer = {"  trucewatch decode ais --format gpsd traffic.nmea"})
final class DecodeCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name what to decode: ais");
  }
}
