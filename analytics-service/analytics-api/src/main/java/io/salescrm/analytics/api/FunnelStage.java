package io.salescrm.analytics.api;

import java.math.BigDecimal;

/** The deals in one stage of a pipeline at an instant, and their amounts at that instant summed in the base currency. */
public record FunnelStage(String stageId, long deals, BigDecimal amount) {
}
