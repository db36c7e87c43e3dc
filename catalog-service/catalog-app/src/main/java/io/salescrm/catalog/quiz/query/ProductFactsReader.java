package io.salescrm.catalog.quiz.query;

import io.salescrm.catalog.api.product.ProductPropertyValue;
import io.salescrm.catalog.api.property.PropertyType;
import io.salescrm.catalog.api.template.render.PlaceholderVocabulary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Reads {@link ProductFacts} with their property values as people read them (list labels, numbers with units). */
@Component
public class ProductFactsReader {

    private final MongoTemplate mongo;

    public ProductFactsReader(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<ProductFacts> product(String productId) {
        return Optional.ofNullable(mongo.findById(productId, ProductFacts.class));
    }

    public Map<String, PropertyFacts> properties(Collection<String> propertyIds) {
        return mongo.find(new Query(where("_id").in(propertyIds)), PropertyFacts.class).stream()
                .collect(Collectors.toMap(PropertyFacts::id, p -> p));
    }

    /** The value as people read it: list values by label (joined by ", "), yes/no, a number with its unit. */
    public static String display(ProductPropertyValue value, PropertyFacts property) {
        if (value.values() == null || value.values().isEmpty()) {
            return null;
        }
        if (property.type() != null && property.type().isList()) {
            return value.values().stream().map(id -> property.labels().getOrDefault(id, id)).collect(Collectors.joining(", "));
        }
        String raw = value.values().get(0);
        if (property.type() == PropertyType.BOOLEAN) {
            return Boolean.parseBoolean(raw) ? "yes" : "no";
        }
        if (property.type() == PropertyType.NUMBER && property.unit() != null && !property.unit().isBlank()) {
            return raw + " " + property.unit();
        }
        return raw;
    }

    /**
     * A product row for templates, keyed by placeholder name. {@code product.price} is the product's price of the
     * base price type in {@code currency}; without a currency, its only base price if it has exactly one.
     */
    public Map<String, String> templateRow(ProductFacts product, String currency) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("product.name", product.name());
        row.put("product.description", product.description());
        row.put("product.sku", product.code());
        basePrice(product, currency).ifPresent(price -> row.put("product.price", price));
        List<ProductPropertyValue> values = product.properties() == null ? List.of() : product.properties();
        Map<String, PropertyFacts> properties = properties(values.stream().map(ProductPropertyValue::propertyId).toList());
        for (ProductPropertyValue value : values) {
            PropertyFacts property = properties.get(value.propertyId());
            if (property != null) {
                row.put(PlaceholderVocabulary.PRODUCT_PROPERTY_PREFIX + value.propertyId(), display(value, property));
            }
        }
        row.values().removeIf(java.util.Objects::isNull);
        return row;
    }

    private Optional<String> basePrice(ProductFacts product, String currency) {
        if (product.prices() == null) {
            return Optional.empty();
        }
        PriceTypeFacts base = mongo.findOne(new Query(where("base").is(true)), PriceTypeFacts.class);
        if (base == null) {
            return Optional.empty();
        }
        Map<String, String> byCurrency = new HashMap<>();
        product.prices().forEach((key, amount) -> {
            String[] parts = key.split("\\|");
            if (parts.length == 2 && parts[0].equals(base.id())) {
                byCurrency.put(parts[1], amount);
            }
        });
        if (currency != null) {
            return Optional.ofNullable(byCurrency.get(currency)).map(amount -> amount + " " + currency);
        }
        return byCurrency.size() == 1
                ? byCurrency.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).findFirst()
                : Optional.empty();
    }
}
