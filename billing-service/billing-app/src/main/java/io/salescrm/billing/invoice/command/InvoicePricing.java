package io.salescrm.billing.invoice.command;

import io.salescrm.billing.api.invoice.InvoiceLine;
import io.salescrm.billing.api.invoice.InvoiceLineInput;
import io.salescrm.billing.api.invoice.VatLine;
import io.salescrm.platform.rules.InvalidFieldException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Prices an invoice's lines: validates each requested line (a 400 naming {@code lines[i].field}), computes its
 * net amount, VAT and total (prices with VAT included, as deals have them, or without, as quotes), groups them by VAT rate
 * in order of first appearance and sums the totals. Amounts are rounded half-even to the currency's minor unit per
 * line, and the invoice totals are sums of line amounts, so the printed lines always add up.
 */
record InvoicePricing(List<InvoiceLine> lines, List<VatLine> vatLines, BigDecimal netTotal, BigDecimal vatTotal,
                      BigDecimal total) {

    static final int MAX_LINES = 200;
    static final int MAX_NAME_LENGTH = 500;
    static final int MAX_UNIT_LENGTH = 20;
    static final int MAX_ID_LENGTH = 64;
    static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000000");
    static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000000000");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    static InvoicePricing of(List<InvoiceLineInput> inputs, String currency, boolean vatIncluded) {
        if (inputs == null || inputs.isEmpty()) {
            throw new InvalidFieldException("lines", "must contain at least one line");
        }
        if (inputs.size() > MAX_LINES) {
            throw new InvalidFieldException("lines", "must contain at most " + MAX_LINES + " lines");
        }
        int minorUnits = minorUnits(currency);
        BigDecimal zero = BigDecimal.ZERO.setScale(minorUnits);
        List<InvoiceLine> lines = new ArrayList<>();
        Map<Optional<BigDecimal>, VatLine> byRate = new LinkedHashMap<>();
        BigDecimal net = zero;
        BigDecimal vat = zero;
        for (int i = 0; i < inputs.size(); i++) {
            InvoiceLine line = price(inputs.get(i), "lines[" + i + "].", minorUnits, vatIncluded);
            lines.add(line);
            byRate.merge(Optional.ofNullable(line.vatRatePercent()).map(BigDecimal::stripTrailingZeros),
                    new VatLine(line.vatRatePercent(), line.netAmount(), line.vatAmount()),
                    (a, b) -> new VatLine(a.vatRatePercent(), a.netAmount().add(b.netAmount()), a.vatAmount().add(b.vatAmount())));
            net = net.add(line.netAmount());
            vat = vat.add(line.vatAmount());
        }
        return new InvoicePricing(List.copyOf(lines), List.copyOf(byRate.values()), net, vat, net.add(vat));
    }

    private static InvoiceLine price(InvoiceLineInput input, String prefix, int minorUnits, boolean vatIncluded) {
        if (input == null) {
            throw new InvalidFieldException(prefix.substring(0, prefix.length() - 1), "must not be null");
        }
        String name = requireText(input.name(), prefix + "name", MAX_NAME_LENGTH);
        if (input.productId() != null && (input.productId().isBlank() || input.productId().length() > MAX_ID_LENGTH)) {
            throw new InvalidFieldException(prefix + "productId", "must be 1 to " + MAX_ID_LENGTH + " characters");
        }
        if (input.unit() != null && input.unit().length() > MAX_UNIT_LENGTH) {
            throw new InvalidFieldException(prefix + "unit", "must be at most " + MAX_UNIT_LENGTH + " characters");
        }
        BigDecimal quantity = input.quantity();
        if (quantity == null || quantity.signum() <= 0 || quantity.compareTo(MAX_QUANTITY) >= 0 || quantity.scale() > 3) {
            throw new InvalidFieldException(prefix + "quantity", "must be above 0 and below 10^9 with at most 3 decimals");
        }
        BigDecimal unitPrice = requireAmount(input.unitPrice(), prefix + "unitPrice", minorUnits);
        BigDecimal discountPercent = percent(input.discountPercent(), prefix + "discountPercent");
        BigDecimal discountAmount = input.discountAmount() == null ? BigDecimal.ZERO
                : requireAmount(input.discountAmount(), prefix + "discountAmount", minorUnits);
        BigDecimal vatRate = input.vatRatePercent() == null ? null : percent(input.vatRatePercent(), prefix + "vatRatePercent");
        BigDecimal amount = quantity.multiply(unitPrice).multiply(HUNDRED.subtract(discountPercent)).divide(HUNDRED)
                .setScale(minorUnits, RoundingMode.HALF_EVEN).subtract(discountAmount);
        if (amount.signum() < 0) {
            throw new InvalidFieldException(prefix + "discountAmount", "must not exceed the line's amount");
        }
        BigDecimal vat;
        if (vatRate == null) {
            vat = BigDecimal.ZERO.setScale(minorUnits);
        } else if (vatIncluded) {
            vat = amount.multiply(vatRate).divide(HUNDRED.add(vatRate), minorUnits, RoundingMode.HALF_EVEN);
        } else {
            vat = amount.multiply(vatRate).divide(HUNDRED, minorUnits, RoundingMode.HALF_EVEN);
        }
        BigDecimal net = vatIncluded ? amount.subtract(vat) : amount;
        return new InvoiceLine(input.productId(), name, quantity, input.unit() == null ? null : input.unit().strip(),
                unitPrice, discountPercent, input.discountAmount(), vatRate, net, vat, net.add(vat));
    }

    /** An amount of money: 0 or more, below 10^13, in the currency's minor units. */
    private static BigDecimal requireAmount(BigDecimal value, String field, int minorUnits) {
        if (value == null || value.signum() < 0 || value.compareTo(MAX_AMOUNT) >= 0 || value.scale() > minorUnits) {
            throw new InvalidFieldException(field, "must be 0 or more, below 10^13, with at most " + minorUnits + " decimals");
        }
        return value;
    }

    /** A percentage 0-100 with at most 2 decimals; missing means 0. */
    private static BigDecimal percent(BigDecimal value, String field) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0 || value.scale() > 2) {
            throw new InvalidFieldException(field, "must be between 0 and 100 with at most 2 decimals");
        }
        return value;
    }

    static String requireText(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, "must not be blank");
        }
        if (value.length() > maxLength) {
            throw new InvalidFieldException(field, "must be at most " + maxLength + " characters");
        }
        return value.strip();
    }

    static int minorUnits(String currency) {
        return Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
    }
}
