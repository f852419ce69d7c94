package org.trucewatch.formats.ais;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AisNmeaWriterTest {
  @Test
  void whatTheWriterEncodesTheDecoderReadsBack() {
    AisNmeaWriter w = new AisNmeaWriter();
    String text = w.classAPosition("odesa-1", 1742469300L, 'A', 272123456, 0, 46.4825, 30.7233, 11.3, 187.4, 186, 7)
        + w.classBPosition("odesa-1", 1742469301L, 'B', 272999001, 45.1, 31.25, 6.0, Double.NaN, -1, 60)
        + w.staticVoyage("odesa-1", 1742469302L, 'A', 272123456, 9391171, "UTQZ7", "KAPITAN BOBROV", 80,
            new ShipDimensions(150, 33, 12, 14), "ODESA", 9.4)
        + w.staticPartA("odesa-1", 1742469303L, 'B', 272999001, "SEA BREEZE")
        + w.staticPartB("odesa-1", 1742469304L, 'B', 272999001, 37, "UR1234", new ShipDimensions(8, 4, 2, 2));
    List<AisDecoder.LineProblem> problems = new ArrayList<>();
    List<DecodedAisMessage> out = AisDecoder.decodeAll(text, problems);
    assertThat(problems).isEmpty();
    assertThat(out).hasSize(5);

    ClassAPositionReport a = (ClassAPositionReport) out.get(0).message();
    assertThat(a.mmsi()).isEqualTo(272123456);
    assertThat(a.latitude().getAsDouble()).isCloseTo(46.4825, offset(1e-6));
    assertThat(a.longitude().getAsDouble()).isCloseTo(30.7233, offset(1e-6));
    assertThat(a.speedKnots().getAsDouble()).isEqualTo(11.3);
    assertThat(a.courseDegrees().getAsDouble()).isEqualTo(187.4);
    assertThat(a.headingDegrees().getAsInt()).isEqualTo(186);
    assertThat(out.get(0).tagSource()).contains("odesa-1");
    assertThat(out.get(0).tagEpochMillis()).isEqualTo(1742469300_000L);

    ClassBPositionReport b = (ClassBPositionReport) out.get(1).message();
    assertThat(b.courseDegrees()).isEmpty();
    assertThat(b.headingDegrees()).isEmpty();
    assertThat(b.cs()).isTrue();

    StaticVoyageData v = (StaticVoyageData) out.get(2).message();
    assertThat(v.shipName()).isEqualTo("KAPITAN BOBROV");
    assertThat(v.callsign()).isEqualTo("UTQZ7");
    assertThat(v.destination()).isEqualTo("ODESA");
    assertThat(v.imo()).isEqualTo(9391171);
    assertThat(v.dimensions().lengthMetres()).isEqualTo(183);
    assertThat(v.draughtMetres().getAsDouble()).isEqualTo(9.4);
    assertThat(out.get(2).lastLine()).isEqualTo(4); // two sentences

    assertThat(((StaticDataPartA) out.get(3).message()).shipName()).isEqualTo("SEA BREEZE");
    StaticDataPartB pb = (StaticDataPartB) out.get(4).message();
    assertThat(pb.shipType()).isEqualTo(37);
    assertThat(pb.callsign()).isEqualTo("UR1234");
  }
}
