package org.trucewatch.flink;

import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.trucewatch.engine.ingest.InputTopics;

/**
 * Reads an input topic's record into an {@link InputRecord}. A record without a name or a format
 * header still goes on, with an empty format, so that the reader stage rejects it by name.
 */
public final class InputRecordDeserializer implements KafkaRecordDeserializationSchema<InputRecord> {
  private static final long serialVersionUID = 1L;

  @Override
  public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<InputRecord> out) {
    String name = record.key() == null
        ? record.topic() + "/" + record.partition() + "@" + record.offset()
        : new String(record.key(), StandardCharsets.UTF_8);
    Header format = record.headers().lastHeader(InputTopics.FORMAT_HEADER);
    out.collect(new InputRecord(
        name,
        format == null ? "" : new String(format.value(), StandardCharsets.UTF_8),
        record.value() == null ? new byte[0] : record.value()));
  }

  @Override
  public TypeInformation<InputRecord> getProducedType() {
    return TypeInformation.of(InputRecord.class);
  }
}
