package io.salescrm.billing.quote.pricing;

import io.salescrm.billing.api.quote.QuoteLine;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuotePricingTest {

    @Test
    void eachLineIsRoundedHalfEvenToTheMinorUnitAndTotalsAreSumsOfRoundedLines() {
        // 3 x 33.33 = 99.99; 12.5 % off -> 87.49125 -> 87.49; VAT 20 % -> 17.498 -> 17.50
        QuoteLine a = QuotePricing.line(item("3", "33.33", "12.5", "20"), "RUB");
        assertThat(a.subtotal()).isEqualTo(new BigDecimal("99.99"));
        assertThat(a.netAmount()).isEqualTo(new BigDecimal("87.49"));
        assertThat(a.discountAmount()).isEqualTo(new BigDecimal("12.50"));
        assertThat(a.vatAmount()).isEqualTo(new BigDecimal("17.50"));
        assertThat(a.totalAmount()).isEqualTo(new BigDecimal("104.99"));
        // 1 x 0.125 net, 10 % VAT -> 0.0125 -> 0.01 (half-even), net 0.125 -> 0.12
        QuoteLine b = QuotePricing.line(item("1", "0.125", null, "10"), "RUB");
        assertThat(b.netAmount()).isEqualTo(new BigDecimal("0.12"));
        assertThat(b.vatAmount()).isEqualTo(new BigDecimal("0.01"));

        var totals = QuotePricing.totals(List.of(a, b), "RUB");
        assertThat(totals.subtotal()).isEqualTo(new BigDecimal("100.11"));
        assertThat(totals.discount()).isEqualTo(new BigDecimal("12.50"));
        assertThat(totals.net()).isEqualTo(new BigDecimal("87.61"));
        assertThat(totals.vat()).isEqualTo(new BigDecimal("17.51"));
        assertThat(totals.gross()).isEqualTo(new BigDecimal("105.12"));
    }

    @Test
    void aLineWithoutVatCarriesZeroVatAndCurrenciesWithoutMinorUnitsRoundToWholeUnits() {
        QuoteLine noVat = QuotePricing.line(item("2", "10.00", null, null), "RUB");
        assertThat(noVat.vatAmount()).isEqualTo(new BigDecimal("0.00"));
        assertThat(noVat.vatRatePercent()).isNull();
        QuoteLine yen = QuotePricing.line(item("3", "333", "5", "10"), "JPY");
        assertThat(yen.netAmount()).isEqualTo(new BigDecimal("949"));
        assertThat(yen.vatAmount()).isEqualTo(new BigDecimal("95"));
    }

    @Test
    void aPriceIncludingVatIsTakenNetOfIt() {
        assertThat(QuotePricing.netOfVat(new BigDecimal("1200.00"), new BigDecimal("20"), "RUB")).isEqualTo(new BigDecimal("1000.00"));
        assertThat(QuotePricing.netOfVat(new BigDecimal("100.00"), new BigDecimal("20"), "RUB")).isEqualTo(new BigDecimal("83.33"));
        assertThat(QuotePricing.netOfVat(new BigDecimal("100.00"), null, "RUB")).isEqualTo(new BigDecimal("100.00"));
    }

    private static PricedItem item(String quantity, String price, String discount, String vat) {
        return new PricedItem(null, null, "x", null, null, new BigDecimal(quantity), new BigDecimal(price), null,
                new BigDecimal(price), discount == null ? null : new BigDecimal(discount), vat == null ? null : new BigDecimal(vat));
    }
}
