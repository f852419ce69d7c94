package org.trucewatch.report.export;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.trucewatch.core.assess.Finding;
import org.trucewatch.core.assess.FindingKind;
import org.trucewatch.core.fuse.Incident;

/**
 * A finding as an OASIS CAP 1.2 alert message. The message type follows the finding's
 * lifecycle: {@code Alert} when it first appears, {@code Update} when its grade, evidence or
 * attribution changes, {@code Cancel} when it is withdrawn; updates and cancels reference the
 * message they supersede. Grades map to CAP certainty (confirmed: Observed, probable: Likely,
 * possible: Possible, unsubstantiated: Unlikely); the area is a circle around the incident.
 */
public final class CapAlertWriter {
  /** The CAP 1.2 namespace. */
  public static final String NAMESPACE = "urn:oasis:names:tc:emergency:cap:1.2";

  /** CAP's message types used here. */
  public enum MessageType {
    /** First message about a finding. */
    ALERT("Alert"),
    /** The finding changed. */
    UPDATE("Update"),
    /** The finding was withdrawn. */
    CANCEL("Cancel");

    private final String code;

    MessageType(String code) {
      this.code = code;
    }

    /** The CAP {@code msgType} value. */
    public String code() {
      return code;
    }
  }

  /**
   * The message.
   *
   * @param identifier this message's identifier (unique for the sender)
   * @param references earlier messages it supersedes, as {@code sender,identifier,sent} triples
   * @param sent when it is sent (seconds precision, UTC)
   * @param sender the sender, e.g. the mission's domain
   */
  public String render(Finding f, Incident incident, MessageType type, String identifier, List<String> references, Instant sent, String sender) {
    String certainty;
    String severity;
    switch (f.grade()) {
      case CONFIRMED:
        certainty = "Observed";
        severity = "Severe";
        break;
      case PROBABLE:
        certainty = "Likely";
        severity = "Severe";
        break;
      case POSSIBLE:
        certainty = "Possible";
        severity = "Moderate";
        break;
      default:
        certainty = "Unlikely";
        severity = "Minor";
    }
    String event = f.kind() == FindingKind.POSSIBLE_VIOLATION ? "Possible ceasefire violation" : "Ceasefire alert";
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    sb.append("<alert xmlns=\"").append(NAMESPACE).append("\">\n");
    tag(sb, "identifier", identifier);
    tag(sb, "sender", sender);
    tag(sb, "sent", sent.truncatedTo(ChronoUnit.SECONDS).toString().replace("Z", "+00:00"));
    tag(sb, "status", "Actual");
    tag(sb, "msgType", type.code());
    tag(sb, "scope", "Public");
    if (!references.isEmpty()) {
      tag(sb, "references", String.join(" ", references));
    }
    sb.append("<info>\n");
    tag(sb, "language", "en");
    tag(sb, "category", "Security");
    tag(sb, "event", event);
    tag(sb, "responseType", "Monitor");
    tag(sb, "urgency", "Past");
    tag(sb, "severity", severity);
    tag(sb, "certainty", certainty);
    tag(sb, "onset", f.time().toString().replace("Z", "+00:00"));
    tag(sb, "senderName", "Trucewatch");
    tag(sb, "headline", event + ": " + f.provisionId() + " (" + f.grade().code() + ")");
    tag(sb, "description", f.explanation());
    sb.append("<parameter><valueName>finding</valueName><value>").append(f.id()).append("</value></parameter>\n");
    sb.append("<parameter><valueName>incident</valueName><value>").append(f.incidentId()).append("</value></parameter>\n");
    sb.append("<parameter><valueName>grade</valueName><value>").append(f.grade().code()).append("</value></parameter>\n");
    sb.append("<area>\n");
    tag(sb, "areaDesc", incident.places().isEmpty() ? "incident " + incident.id().substring(0, 12) : String.join("; ", incident.places()));
    // CAP circles are "lat,lon radius-km"; a zero radius is allowed but a small floor keeps it visible
    double radiusKm = Math.max(0.1, incident.radiusMetres() / 1000.0);
    tag(sb, "circle", String.format(Locale.ROOT, "%.5f,%.5f %.1f", incident.centre().y, incident.centre().x, radiusKm));
    sb.append("</area>\n</info>\n</alert>\n");
    return sb.toString();
  }

  /**
   * A Cancel message for a withdrawn finding: no {@code info} block (the finding no longer
   * exists to describe), the superseded message in {@code references}, the reason in {@code note}.
   */
  public String renderCancel(String identifier, List<String> references, Instant sent, String sender, String note) {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    sb.append("<alert xmlns=\"").append(NAMESPACE).append("\">\n");
    tag(sb, "identifier", identifier);
    tag(sb, "sender", sender);
    tag(sb, "sent", sent.truncatedTo(ChronoUnit.SECONDS).toString().replace("Z", "+00:00"));
    tag(sb, "status", "Actual");
    tag(sb, "msgType", MessageType.CANCEL.code());
    tag(sb, "scope", "Public");
    tag(sb, "note", note);
    tag(sb, "references", String.join(" ", references));
    return sb.append("</alert>\n").toString();
  }

  private static void tag(StringBuilder sb, String name, String value) {
    sb.append('<').append(name).append('>').append(xml(value)).append("</").append(name).append(">\n");
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
