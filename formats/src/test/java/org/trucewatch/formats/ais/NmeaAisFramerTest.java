package org.trucewatch.formats.ais;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NmeaAisFramerTest {
  private static final String TYPE1 = "!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A";
  private static final String TYPE5_PART1 =
      "!AIVDM,2,1,1,A,55?MbV02;H;s<HtKR20EHE:0@T4@Dn2222222216L961O5Gf0NSQEp6ClRp8,0*1C";
  private static final String TYPE5_PART2 = "!AIVDM,2,2,1,A,88888888880,2*25";

  private final List<AisDecoder.LineProblem> problems = new ArrayList<>();

  private List<DecodedAisMessage> decode(String... lines) {
    return AisDecoder.decodeAll(String.join("\n", lines), problems);
  }

  @Test
  void decodesAClassAPositionReportWithNotAvailableValuesAsAbsent() {
    List<DecodedAisMessage> out = decode(TYPE1, "!AIVDM,1,1,,A,16SteH0P00Jt63hHaa6SagvJ087r,0*42");
    ClassAPositionReport a = (ClassAPositionReport) out.get(0).message();
    assertThat(a.mmsi()).isEqualTo(371798000);
    assertThat(a.latitude().getAsDouble()).isCloseTo(48.3816333, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(a.longitude().getAsDouble()).isCloseTo(-123.3953833, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(a.speedKnots().getAsDouble()).isEqualTo(12.3);
    assertThat(a.headingDegrees().getAsInt()).isEqualTo(215);
    ClassAPositionReport b = (ClassAPositionReport) out.get(1).message();
    assertThat(b.rawHeading()).isEqualTo(511);
    assertThat(b.headingDegrees()).isEmpty();
    assertThat(b.turnDegreesPerMinute()).isEmpty();
  }

  @Test
  void positionNotAvailableIsAbsentNotNinetyOne() {
    // gpsd's type 4 with lat 91 / lon 181
    List<DecodedAisMessage> out = decode("!AIVDM,1,1,,A,402Fha0000Htt<tSF0l4Q@000d20,0*65");
    BaseStationReport r = (BaseStationReport) out.get(0).message();
    assertThat(r.rawLat()).isEqualTo(PositionFields.LAT_NOT_AVAILABLE);
    assertThat(r.latitude()).isEmpty();
    assertThat(r.longitude()).isEmpty();
    assertThat(r.utc()).isEmpty();
  }

  @Test
  void reassemblesTwoPartMessages() {
    List<DecodedAisMessage> out = decode(TYPE5_PART1, TYPE5_PART2);
    assertThat(out).hasSize(1);
    StaticVoyageData v = (StaticVoyageData) out.get(0).message();
    assertThat(v.shipName()).isEqualTo("EVER DIADEM"); // as gpsd decodes it
    assertThat(out.get(0).firstLine()).isEqualTo(1);
    assertThat(out.get(0).lastLine()).isEqualTo(2);
    assertThat(problems).isEmpty();
  }

  @Test
  void interleavedMultiPartMessagesOnBothChannelsReassembleIndependently() {
    List<DecodedAisMessage> out = decode(
        "!AIVDM,2,1,6,B,542M92h00001@<7;?G0PD4i@R0<tqA8tj37>220o0h:2240Ht50000000000,0*3B",
        "!AIVDM,2,1,2,A,542M92h00001@<7;?G0PD4i@R0<tqA8tj37>220o0h:2240Ht500000000000000,0*3C",
        TYPE1,
        "!AIVDM,2,2,2,A,0000002,2*24",
        "!AIVDM,2,2,6,B,00000000000,2*21");
    assertThat(out).extracting(m -> m.message().messageType()).containsExactly(1, 5, 5);
    assertThat(out).extracting(DecodedAisMessage::channel).containsExactly('A', 'A', 'B');
    assertThat(problems).isEmpty();
  }

  @Test
  void badSentencesAreCountedByReasonAndTheGoodOnesAroundThemStillDecode() {
    List<DecodedAisMessage> out = decode(
        TYPE1,
        "!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4B", // checksum off by one
        "!AIVDM,1,1,,A,15RTgt0PAso;90TKcj", // truncated: no checksum
        "!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ", // no checksum
        "$PGHP,1,2008,5,9,0,0,0,10,338,2,,1,09*17", // proprietary
        "!AIVDM,1,1,,B,,0*25", // empty payload
        "!AIVDM,2,2,7,A,88888888880,2*25".replace("*25", "*" + checksum("AIVDM,2,2,7,A,88888888880,2")),
        "!AIVDM,1,1,,A,15RTgt0PAso;90TK{jM8h6g208CQ,0*" + checksum("AIVDM,1,1,,A,15RTgt0PAso;90TK{jM8h6g208CQ,0"),
        "garbage line",
        TYPE1);
    assertThat(out).hasSize(2);
    assertThat(out).extracting(DecodedAisMessage::firstLine).containsExactly(1L, 10L);
    assertThat(problems).extracting(AisDecoder.LineProblem::problem).containsExactly(
        AisProblem.BAD_CHECKSUM, AisProblem.MALFORMED, AisProblem.MALFORMED, AisProblem.NOT_AIS,
        AisProblem.EMPTY_PAYLOAD, AisProblem.ORPHAN_FRAGMENT, AisProblem.BAD_PAYLOAD_CHARACTER,
        AisProblem.MALFORMED);
    assertThat(problems).extracting(AisDecoder.LineProblem::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
  }

  @Test
  void aMessageWhoseLastPartNeverComesIsCountedIncompleteAfterTheTimeout() {
    AisDecodeCounts counts = new AisDecodeCounts();
    List<Long> messagesAt = new ArrayList<>();
    NmeaAisFramer framer = new NmeaAisFramer(
        (payload, context) -> messagesAt.add(context.lastLine()), counts, 4, 3);
    framer.acceptLine(TYPE5_PART1);
    framer.acceptLine(TYPE1);
    framer.acceptLine(TYPE1);
    framer.acceptLine(TYPE1);
    framer.acceptLine(TYPE1); // the fourth sentence after part 1: too late
    framer.acceptLine(TYPE5_PART2);
    assertThat(counts.problems(AisProblem.INCOMPLETE_MESSAGE)).isEqualTo(1);
    assertThat(counts.problems(AisProblem.ORPHAN_FRAGMENT)).isEqualTo(1);
    assertThat(messagesAt).containsExactly(2L, 3L, 4L, 5L);
  }

  @Test
  void theReassemblyBufferIsBoundedAndEvictsTheOldest() {
    AisDecodeCounts counts = new AisDecodeCounts();
    List<Integer> types = new ArrayList<>();
    NmeaAisFramer framer = new NmeaAisFramer((payload, context) -> types.add(payload.messageType()), counts, 2, 100);
    for (int seq = 1; seq <= 3; seq++) {
      String body = "AIVDM,2,1," + seq + ",A,55?MbV02;H;s<HtKR20EHE:0@T4@Dn2222222216L961O5Gf0NSQEp6ClRp8,0";
      framer.acceptLine("!" + body + "*" + checksum(body));
    }
    for (int seq = 1; seq <= 3; seq++) {
      String body = "AIVDM,2,2," + seq + ",A,88888888880,2";
      framer.acceptLine("!" + body + "*" + checksum(body));
    }
    // sequence 1 was evicted when 3 arrived; its second part is then an orphan
    assertThat(types).containsExactly(5, 5);
    assertThat(counts.problems(AisProblem.INCOMPLETE_MESSAGE)).isEqualTo(1);
    assertThat(counts.problems(AisProblem.ORPHAN_FRAGMENT)).isEqualTo(1);
  }

  @Test
  void tagBlocksGiveSourceAndTimeAndTheFirstPartsTagCoversTheMessage() {
    List<DecodedAisMessage> out = decode(
        "\\g:1-2-1604,s:rORBCOMM008,c:1418169601,T:2014-12-10 00.00.01*37\\"
            + "!AIVDM,2,1,6,A,53@o0E000001Q0CG37U8u<Tp4q@D00000000000018330400000000000000,0*63",
        "\\s:rORBCOMM104,q:u,c:1418172113,T:2014-12-10 00.41.53*55\\!AIVDM,1,1,,B,13F?Vv700<DJuLEtvep`iToV0<00,0*78",
        "\\g:2-2-1604,s:rORBCOMM008,c:1418169601,T:2014-12-10 00.00.01*34\\!AIVDM,2,2,6,A,00000000008,2*2A");
    assertThat(out).hasSize(2);
    assertThat(out.get(0).tagSource()).contains("rORBCOMM104");
    assertThat(out.get(0).tagEpochMillis()).isEqualTo(1418172113000L);
    assertThat(out.get(1).message()).isInstanceOf(StaticVoyageData.class);
    assertThat(out.get(1).tagSource()).contains("rORBCOMM008");
    assertThat(out.get(1).tagEpochMillis()).isEqualTo(1418169601000L);
  }

  @Test
  void aBadTagBlockChecksumIsCountedButTheSentenceIsKept() {
    List<DecodedAisMessage> out = decode("\\s:rORBCOMM104,c:1418172113*00\\" + TYPE1);
    assertThat(out).hasSize(1);
    assertThat(out.get(0).hasTagTime()).isFalse();
    assertThat(problems).extracting(AisDecoder.LineProblem::problem).containsExactly(AisProblem.BAD_TAG_BLOCK);
  }

  @Test
  void otherTalkersAndOwnVesselSentencesDecode() {
    String bs = "BSVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0";
    String vdo = "AIVDO,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0";
    List<DecodedAisMessage> out = decode("!" + bs + "*" + checksum(bs), "!" + vdo + "*" + checksum(vdo));
    assertThat(out).hasSize(2);
    assertThat(problems).isEmpty();
  }

  static String checksum(String body) {
    int c = 0;
    for (int i = 0; i < body.length(); i++) {
      c ^= body.charAt(i);
    }
    return String.format("%02X", c);
  }

  @Test
  void readsLinesFromBytesAsTheLineReaderReadsTheTextWithEveryKindOfLineEnd() throws Exception {
    String text = TYPE1 + "\r\n" + TYPE5_PART1 + "\r" + TYPE5_PART2 + "\n\n!AIVDM,1,1,,A,15RTgt0P\u00e9so;90TKcjM8h6g208CQ,0*4A\r\n"
        + "# a comment\r\r\n" + TYPE1;
    List<String> fromText = new ArrayList<>();
    AisDecoder byLine = new AisDecoder(m -> fromText.add(m.firstLine() + "-" + m.lastLine() + " " + m.message()),
        p -> fromText.add(p.line() + " " + p.problem()));
    java.io.BufferedReader r = new java.io.BufferedReader(new java.io.StringReader(text));
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      byLine.acceptLine(line);
    }
    byLine.finish();
    byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    for (int block : new int[] {1, 2, 7, 1 << 16}) {
      List<String> fromBytes = new ArrayList<>();
      AisDecoder d = new AisDecoder(m -> fromBytes.add(m.firstLine() + "-" + m.lastLine() + " " + m.message()),
          p -> fromBytes.add(p.line() + " " + p.problem()));
      d.readAll(new java.io.ByteArrayInputStream(bytes) {
        @Override
        public synchronized int read(byte[] b, int off, int len) {
          return super.read(b, off, Math.min(len, block)); // CR and LF split across reads
        }
      });
      assertThat(fromBytes).as("read %d bytes at a time", block).isEqualTo(fromText);
    }
    assertThat(fromText).hasSize(4).anyMatch(s -> s.startsWith("5 "));
  }
}
