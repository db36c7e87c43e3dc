package io.salescrm.org.api.target;

import java.math.BigDecimal;

/**
 * How a target value was derived as growth over a baseline: value = baseline x (1 + percent / 100), an amount
 * rounded half-even to the currency's minor unit, a count rounded up. {@code baseline} is the actual figure of
 * {@code baselinePeriod} it was computed from (same measure and currency as the target).
 */
public record TargetGrowth(BigDecimal percent, TargetPeriod baselinePeriod, TargetValue baseline) {
}
