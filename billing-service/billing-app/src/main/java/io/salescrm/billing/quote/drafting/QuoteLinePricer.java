package io.salescrm.billing.quote.drafting;

import io.salescrm.billing.api.quote.QuoteLine;
import io.salescrm.billing.money.Money;
import io.salescrm.billing.quote.pricing.PricedItem;
import io.salescrm.billing.quote.pricing.QuotePricing;
import io.salescrm.billing.quote.web.QuoteLineRequest;
import io.salescrm.billing.reference.catalog.CatalogPrice;
import io.salescrm.billing.reference.catalog.CatalogReferences;
import io.salescrm.billing.reference.catalog.ProductReference;
import io.salescrm.billing.reference.deal.DealReference;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.rules.RuleViolationException;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Prices quote lines at an instant: catalog lines at the catalog price of the price type and currency with its
 * winning promotion, typed-in lines as given, deal rows like catalog lines with the row's own price (net of its VAT)
 * as the fallback when the catalog has no such price. The arithmetic is {@link QuotePricing}'s.
 */
@Component
public class QuoteLinePricer {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final CatalogReferences catalog;

    public QuoteLinePricer(CatalogReferences catalog) {
        this.catalog = catalog;
    }

    public List<QuoteLine> price(List<QuoteLineRequest> requests, String priceTypeId, String currency, Instant at) {
        List<QuoteLine> lines = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            lines.add(QuotePricing.line(item(requests.get(i), "lines[" + i + "].", priceTypeId, currency, at), currency));
        }
        return lines;
    }

    /**
     * The deal's product rows as quote lines. A row's discount is carried over as a percentage (an AMOUNT discount as
     * its share of price x quantity, to 2 decimals, half-even).
     */
    public List<QuoteLine> priceDealRows(DealReference deal, String priceTypeId, String currency, Instant at) {
        List<QuoteLine> lines = new ArrayList<>();
        for (DealReference.Row row : deal.rows()) {
            BigDecimal discount = discountPercent(row);
            Optional<CatalogPrice> price = row.productId() == null ? Optional.empty()
                    : catalog.price(row.productId(), row.variantId(), priceTypeId, currency, at);
            PricedItem item = price.map(p -> new PricedItem(p.productId(), p.variantId(), p.name(), p.sku(), p.unit(),
                            row.quantity(), p.basePrice(), p.promotionId(), p.price(), discount, p.vatRate().percent()))
                    .orElseGet(() -> {
                        BigDecimal net = QuotePricing.netOfVat(row.price(), row.vatRate(), currency);
                        return new PricedItem(row.productId(), row.variantId(), row.name(), row.sku(), null, row.quantity(),
                                net, null, net, discount, row.vatRate());
                    });
            lines.add(QuotePricing.line(item, currency));
        }
        return lines;
    }

    private PricedItem item(QuoteLineRequest request, String prefix, String priceTypeId, String currency, Instant at) {
        if (request.unitPrice() != null && request.unitPrice().scale() > Money.minorUnits(currency)) {
            throw new InvalidFieldException(prefix + "unitPrice", "must have at most " + Money.minorUnits(currency) + " decimals in " + currency);
        }
        if (request.productId() == null) {
            if (request.name() == null || request.name().isBlank()) {
                throw new InvalidFieldException(prefix + "name", "is required for a line without a product");
            }
            if (request.unitPrice() == null) {
                throw new InvalidFieldException(prefix + "unitPrice", "is required for a line without a product");
            }
            return new PricedItem(null, null, request.name().strip(), null, request.unit(), request.quantity(),
                    request.unitPrice(), null, request.unitPrice(), request.discountPercent(), request.vatRatePercent());
        }
        ProductReference product = catalog.product(request.productId())
                .orElseThrow(() -> new InvalidFieldException(prefix + "productId", "is not a known product"));
        if (request.variantId() != null && product.variant(request.variantId()).isEmpty()) {
            throw new InvalidFieldException(prefix + "variantId", "is not a variant of the product");
        }
        String name = request.name() != null && !request.name().isBlank() ? request.name().strip() : product.name();
        String unit = request.unit() != null ? request.unit() : product.unit();
        BigDecimal vat = request.vatRatePercent() != null ? request.vatRatePercent() : product.vatRate().percent();
        String sku = request.variantId() == null ? product.code()
                : product.variant(request.variantId()).map(ProductReference.Variant::sku).orElse(product.code());
        if (request.unitPrice() != null) {
            return new PricedItem(product.id(), request.variantId(), name, sku, unit, request.quantity(), request.unitPrice(),
                    null, request.unitPrice(), request.discountPercent(), vat);
        }
        CatalogPrice price = catalog.price(product.id(), request.variantId(), priceTypeId, currency, at)
                .orElseThrow(() -> new RuleViolationException("no-catalog-price", "The catalog has no " + currency
                        + " price of type " + priceTypeId + " for " + prefix.substring(0, prefix.length() - 1)
                        + " (" + product.name() + "); give its unitPrice."));
        return new PricedItem(product.id(), request.variantId(), name, sku, unit, request.quantity(), price.basePrice(),
                price.promotionId(), price.price(), request.discountPercent(), vat);
    }

    private static BigDecimal discountPercent(DealReference.Row row) {
        if (row.discountType() == null || row.discount() == null || row.discount().signum() == 0) {
            return BigDecimal.ZERO;
        }
        if ("PERCENT".equals(row.discountType())) {
            return row.discount().min(HUNDRED);
        }
        BigDecimal gross = row.price().multiply(row.quantity());
        if (gross.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return row.discount().multiply(HUNDRED).divide(gross, 2, RoundingMode.HALF_EVEN).min(HUNDRED);
    }
}
