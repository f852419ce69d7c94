package org.trucewatch.flink;

import org.apache.flink.api.common.functions.RuntimeContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.api.common.typeinfo.Types;

/**
 * The keyed state the stages hold, by kind: encoded values by string key, one encoded value, or a
 * flag. One place for the descriptors keeps every stage's state in the same serialised form.
 */
final class StageState {
  private StageState() {}

  /** Encoded values (observations, fixes, answers) by string key. */
  static MapState<String, byte[]> bytesByKey(RuntimeContext rc, String name) {
    return rc.getMapState(new MapStateDescriptor<>(name, Types.STRING, PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO));
  }

  /** Markers by string key. */
  static MapState<String, Boolean> marksByKey(RuntimeContext rc, String name) {
    return rc.getMapState(new MapStateDescriptor<>(name, Types.STRING, Types.BOOLEAN));
  }

  /** One encoded value. */
  static ValueState<byte[]> bytes(RuntimeContext rc, String name) {
    return rc.getState(new ValueStateDescriptor<>(name, PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO));
  }

  /** A flag, unset until set. */
  static ValueState<Boolean> flag(RuntimeContext rc, String name) {
    return rc.getState(new ValueStateDescriptor<>(name, Types.BOOLEAN));
  }

  /** Applies an element to its key: its payload replaces the value, no payload withdraws it. */
  static void apply(MapState<String, byte[]> state, StageElement e) throws Exception {
    if (e.payload == null) {
      state.remove(e.key);
    } else {
      state.put(e.key, e.payload);
    }
  }
}
