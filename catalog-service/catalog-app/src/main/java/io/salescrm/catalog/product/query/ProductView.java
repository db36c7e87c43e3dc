package io.salescrm.catalog.product.query;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.salescrm.catalog.api.product.ProductKind;
import io.salescrm.catalog.api.product.ProductPropertyValue;
import io.salescrm.catalog.api.product.VatRate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A product as read and searched: MongoDB collection {@code catalog_products}. {@code searchTokens} are the
 * lower-case words of its name, description, code, SKUs and property values (searched by prefix);
 * {@code propertyFilters} are {@code <propertyId>=<value>} pairs for exact property filters; {@code nameKey} is the
 * lower-case name for sorting.
 */
@Document(ProductView.COLLECTION)
public record ProductView(
        @Id String id,
        String code,
        ProductKind kind,
        String name,
        String description,
        @Indexed String sectionId,
        String unit,
        VatRate vatRate,
        @Indexed boolean active,
        List<ProductPropertyValue> properties,
        List<String> variantAxes,
        List<Variant> variants,
        List<Price> prices,
        @Indexed Instant createdAt,
        @JsonIgnore @Indexed List<String> searchTokens,
        @JsonIgnore @Indexed List<String> propertyFilters,
        @JsonIgnore @Indexed String nameKey) {

    public static final String COLLECTION = "catalog_products";

    /** {@code available} null: as the product. */
    public record Variant(String variantId, String sku, Map<String, String> axisValues, Boolean available) {
    }

    /** A price of the product ({@code variantId} null) or of a variant. */
    public record Price(String variantId, String priceTypeId, String currency,
                        @Field(targetType = FieldType.DECIMAL128) BigDecimal amount) {
    }

    public ProductView withDetails(String name, String description, String sectionId, String unit, VatRate vatRate,
                                   List<ProductPropertyValue> properties) {
        return new ProductView(id, code, kind, name, description, sectionId, unit, vatRate, active, properties, variantAxes,
                variants, prices, createdAt, searchTokens, propertyFilters, nameKey);
    }

    public ProductView withActive(boolean active) {
        return new ProductView(id, code, kind, name, description, sectionId, unit, vatRate, active, properties, variantAxes,
                variants, prices, createdAt, searchTokens, propertyFilters, nameKey);
    }

    public ProductView withVariants(List<String> variantAxes, List<Variant> variants) {
        return new ProductView(id, code, kind, name, description, sectionId, unit, vatRate, active, properties, variantAxes,
                variants, prices, createdAt, searchTokens, propertyFilters, nameKey);
    }

    public ProductView withPrices(List<Price> prices) {
        return new ProductView(id, code, kind, name, description, sectionId, unit, vatRate, active, properties, variantAxes,
                variants, prices, createdAt, searchTokens, propertyFilters, nameKey);
    }

    public ProductView withSearch(List<String> searchTokens, List<String> propertyFilters) {
        return new ProductView(id, code, kind, name, description, sectionId, unit, vatRate, active, properties, variantAxes,
                variants, prices, createdAt, searchTokens, propertyFilters, name.toLowerCase(java.util.Locale.ROOT));
    }
}
