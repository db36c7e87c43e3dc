package io.salescrm.catalog.api.product;

import java.math.BigDecimal;

/** The VAT rates a product may carry; {@link #NO_VAT} is "without VAT" (not the same as a 0 % rate). */
public enum VatRate {
    NO_VAT(null), VAT_0(BigDecimal.ZERO), VAT_10(BigDecimal.TEN), VAT_20(new BigDecimal("20"));

    private final BigDecimal percent;

    VatRate(BigDecimal percent) {
        this.percent = percent;
    }

    /** The rate in percent, null for {@link #NO_VAT}. */
    public BigDecimal percent() {
        return percent;
    }
}
