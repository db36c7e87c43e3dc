package io.salescrm.analytics.api;

import java.math.BigDecimal;

/**
 * Deal count and total deal volume, in the company's base currency (each deal converted at the rate recorded
 * when it was created).
 */
public record DealSummary(long dealCount, BigDecimal totalAmount, String currency) {
}
