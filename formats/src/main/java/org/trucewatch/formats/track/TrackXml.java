package org.trucewatch.formats.track;

import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** A StAX reader safe for untrusted input: no DTDs, no external entities. */
final class TrackXml {
  private static final XMLInputFactory FACTORY = XMLInputFactory.newFactory();

  static {
    FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    FACTORY.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    FACTORY.setProperty(XMLInputFactory.IS_COALESCING, true);
  }

  private TrackXml() {}

  static XMLStreamReader open(byte[] raw) throws XMLStreamException {
    synchronized (FACTORY) {
      return FACTORY.createXMLStreamReader(new ByteArrayInputStream(raw));
    }
  }
}
