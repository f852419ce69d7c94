package org.trucewatch.flink;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by observation id: lets the first copy of each observation through and drops exact
 * repeats (the same file published twice, overlapping logs), as a ledger replay counts them once.
 * Source declarations pass unchanged.
 */
public final class FirstCopy extends KeyedProcessFunction<String, StageElement, StageElement> {
  private static final long serialVersionUID = 1L;

  private transient ValueState<Boolean> seen;

  @Override
  public void open(OpenContext context) {
    seen = getRuntimeContext().getState(new ValueStateDescriptor<>("seen", Types.BOOLEAN));
  }

  @Override
  public void processElement(StageElement e, Context ctx, Collector<StageElement> out) throws Exception {
    if (e.kind == StageElement.OBSERVATION) {
      if (seen.value() != null) {
        return;
      }
      seen.update(Boolean.TRUE);
    }
    out.collect(e);
  }
}
