package io.salescrm.billing.quote.pricing;

import io.salescrm.billing.api.quote.QuoteLine;
import io.salescrm.billing.api.quote.QuoteTotals;
import io.salescrm.billing.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The arithmetic of quote lines and totals, exact in BigDecimal. Per line: subtotal = quantity x unit price, net =
 * quantity x unit price x (100 - discount %) / 100, VAT = net x rate / 100, each rounded half-even to the currency's
 * minor unit on the line; discount = subtotal - net; total = net + VAT. Totals are the sums of the rounded line
 * amounts, so a printed quote always adds up (the same rule as invoices).
 */
public final class QuotePricing {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private QuotePricing() {
    }

    /** A priced line from what was decided about it (unit price net of VAT; vatRatePercent null: without VAT). */
    public static QuoteLine line(PricedItem item, String currency) {
        BigDecimal discount = item.discountPercent() == null ? BigDecimal.ZERO : item.discountPercent();
        BigDecimal gross = item.quantity().multiply(item.unitPrice());
        BigDecimal subtotal = Money.rounded(gross, currency);
        BigDecimal net = Money.rounded(gross.multiply(HUNDRED.subtract(discount)).divide(HUNDRED), currency);
        BigDecimal vat = item.vatRatePercent() == null ? Money.zero(currency)
                : net.multiply(item.vatRatePercent()).divide(HUNDRED).setScale(Money.minorUnits(currency), RoundingMode.HALF_EVEN);
        return new QuoteLine(item.productId(), item.variantId(), item.name(), item.sku(), item.unit(), item.quantity(),
                item.listPrice(), item.promotionId(), item.unitPrice(), discount, item.vatRatePercent(),
                subtotal, subtotal.subtract(net), net, vat, net.add(vat));
    }

    public static QuoteTotals totals(List<QuoteLine> lines, String currency) {
        BigDecimal subtotal = Money.zero(currency);
        BigDecimal discount = Money.zero(currency);
        BigDecimal net = Money.zero(currency);
        BigDecimal vat = Money.zero(currency);
        for (QuoteLine line : lines) {
            subtotal = subtotal.add(line.subtotal());
            discount = discount.add(line.discountAmount());
            net = net.add(line.netAmount());
            vat = vat.add(line.vatAmount());
        }
        return new QuoteTotals(subtotal, discount, net, vat, net.add(vat));
    }

    /**
     * A price that includes VAT at {@code vatRatePercent}, net of it: price x 100 / (100 + rate), half-even to the
     * minor unit (deal rows carry VAT-inclusive prices).
     */
    public static BigDecimal netOfVat(BigDecimal priceWithVat, BigDecimal vatRatePercent, String currency) {
        if (vatRatePercent == null || vatRatePercent.signum() == 0) {
            return Money.rounded(priceWithVat, currency);
        }
        return priceWithVat.multiply(HUNDRED).divide(HUNDRED.add(vatRatePercent), Money.minorUnits(currency), RoundingMode.HALF_EVEN);
    }
}
