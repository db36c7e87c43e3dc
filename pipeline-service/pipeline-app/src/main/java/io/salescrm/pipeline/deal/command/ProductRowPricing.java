package io.salescrm.pipeline.deal.command;

import io.salescrm.pipeline.api.deal.DiscountType;
import io.salescrm.pipeline.api.deal.ProductRow;
import io.salescrm.pipeline.api.deal.ProductRowLine;
import io.salescrm.platform.rules.InvalidFieldException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Prices product rows exactly: total = price x quantity - discount, where a percentage discount is rounded
 * half-even to the currency's minor unit; the deal amount is the sum of the totals. Each refusal names the row's
 * field, e.g. {@code productRows[2].quantity}.
 */
final class ProductRowPricing {

    static final int MAX_ROWS = 200;
    static final int MAX_NAME_LENGTH = 300;
    static final BigDecimal MAX_PRICE = new BigDecimal("1000000000000");
    static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private ProductRowPricing() {
    }

    static List<ProductRow> price(List<ProductRowLine> lines, int minorUnits) {
        if (lines.size() > MAX_ROWS) {
            throw new InvalidFieldException("productRows", "must hold at most " + MAX_ROWS + " rows");
        }
        var rowIds = new HashSet<String>();
        List<ProductRow> rows = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            ProductRowLine line = lines.get(i);
            String field = "productRows[" + i + "]";
            if (line == null) {
                throw new InvalidFieldException(field, "must not be null");
            }
            rows.add(price(line, field, minorUnits));
            if (!rowIds.add(line.rowId())) {
                throw new InvalidFieldException(field + ".rowId", "must be unique within the deal");
            }
        }
        return List.copyOf(rows);
    }

    static BigDecimal sum(List<ProductRow> rows, int minorUnits) {
        return rows.stream().map(ProductRow::total).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(minorUnits, RoundingMode.HALF_EVEN);
    }

    private static ProductRow price(ProductRowLine line, String field, int minorUnits) {
        requireText(field + ".rowId", line.rowId(), DealInput.MAX_ID_LENGTH);
        requireText(field + ".name", line.name(), MAX_NAME_LENGTH);
        DealInput.optionalId(field + ".productId", line.productId());
        DealInput.optionalId(field + ".variantId", line.variantId());
        DealInput.optionalId(field + ".sku", line.sku());
        requireDecimal(field + ".price", line.price(), BigDecimal.ZERO, MAX_PRICE, minorUnits);
        requireDecimal(field + ".quantity", line.quantity(), BigDecimal.ZERO, MAX_QUANTITY, 3);
        if (line.quantity().signum() == 0) {
            throw new InvalidFieldException(field + ".quantity", "must be above 0");
        }
        requireDecimal(field + ".vatRate", line.vatRate() == null ? BigDecimal.ZERO : line.vatRate(), BigDecimal.ZERO, HUNDRED, 2);
        BigDecimal gross = line.price().multiply(line.quantity());
        BigDecimal discount = discount(line, field, gross, minorUnits);
        BigDecimal total = gross.subtract(discount).setScale(minorUnits, RoundingMode.HALF_EVEN);
        return new ProductRow(line.rowId(), line.productId(), line.variantId(), line.name().strip(), line.sku(),
                line.price(), line.quantity(), line.discountType(), line.discountType() == null ? null : line.discount(),
                line.vatRate(), total);
    }

    private static BigDecimal discount(ProductRowLine line, String field, BigDecimal gross, int minorUnits) {
        if (line.discountType() == null) {
            return BigDecimal.ZERO;
        }
        if (line.discountType() == DiscountType.PERCENT) {
            requireDecimal(field + ".discount", line.discount(), BigDecimal.ZERO, HUNDRED, 2);
            return gross.multiply(line.discount()).divide(HUNDRED).setScale(minorUnits, RoundingMode.HALF_EVEN);
        }
        requireDecimal(field + ".discount", line.discount(), BigDecimal.ZERO, gross, minorUnits);
        return line.discount();
    }

    private static void requireText(String field, String value, int maxLength) {
        if (value == null || value.isBlank() || value.length() > maxLength) {
            throw new InvalidFieldException(field, "must be 1 to " + maxLength + " characters");
        }
    }

    private static void requireDecimal(String field, BigDecimal value, BigDecimal min, BigDecimal max, int maxScale) {
        if (value == null) {
            throw new InvalidFieldException(field, "must not be null");
        }
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0 || value.scale() > maxScale) {
            throw new InvalidFieldException(field, "must be between " + min.toPlainString() + " and " + max.toPlainString()
                    + " with at most " + maxScale + " decimals");
        }
    }
}
