package io.salescrm.billing.reference.catalog;

import io.salescrm.catalog.api.product.VatRate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Billing's read model of a catalog product, from the catalog topic: what a quote line needs (name, description, code, unit,
 * VAT rate, the variants' SKUs) and its prices (net of VAT) per product or variant, price type and currency.
 */
@Document("ref_products")
public record ProductReference(
        @Id String id,
        String code,
        String name,
        String description,
        String unit,
        VatRate vatRate,
        String sectionId,
        boolean archived,
        List<Variant> variants,
        List<Price> prices,
        long version) {

    public record Variant(String variantId, String sku) {
    }

    /** {@code variantId} null: the product's own price. */
    public record Price(String variantId, String priceTypeId, String currency, BigDecimal amount) {

        boolean sameSlot(String variantId, String priceTypeId, String currency) {
            return Objects.equals(this.variantId, variantId) && this.priceTypeId.equals(priceTypeId)
                    && this.currency.equals(currency);
        }
    }

    /** The price of exactly this product ({@code variantId} null) or variant, type and currency, if one is set. */
    public Optional<Price> price(String variantId, String priceTypeId, String currency) {
        return prices.stream().filter(p -> p.sameSlot(variantId, priceTypeId, currency)).findFirst();
    }

    public Optional<Variant> variant(String variantId) {
        return variants.stream().filter(v -> v.variantId().equals(variantId)).findFirst();
    }
}
