package io.salescrm.analytics.api;

import java.math.BigDecimal;

/**
 * Leads of one source created in one period (neither merged into another lead nor removed), how many of them have
 * been converted into a deal, and the ratio (half-even to 4 decimals, null without leads).
 */
public record LeadConversion(String source, String period, long leads, long convertedToDeal, BigDecimal conversion) {
}
