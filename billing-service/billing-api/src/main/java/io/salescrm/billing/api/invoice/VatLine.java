package io.salescrm.billing.api.invoice;

import java.math.BigDecimal;

/** The invoice's lines of one VAT rate summed: the net amount they carry and the VAT on it. */
public record VatLine(BigDecimal vatRatePercent, BigDecimal netAmount, BigDecimal vatAmount) {
}
