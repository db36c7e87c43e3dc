package io.salescrm.billing.api.invoice;

import java.math.BigDecimal;

/**
 * The invoice's lines of one VAT rate summed: their amount without VAT and the VAT they contain;
 * {@code vatRatePercent} null for lines sold without VAT.
 */
public record VatLine(BigDecimal vatRatePercent, BigDecimal netAmount, BigDecimal vatAmount) {
}
