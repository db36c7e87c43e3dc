package io.salescrm.analytics.api;

import java.math.BigDecimal;

/**
 * One manager's, group's or department's place by a figure in a period (1 = highest; keys without the figure come
 * last), its value there and in the previous period (null when it had none) and the change (value - previous, null if
 * either is null).
 */
public record Ranking(int rank, String key, BigDecimal value, BigDecimal previousValue, BigDecimal change) {
}
