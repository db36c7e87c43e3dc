package io.salescrm.catalog.api.template.render;

import java.util.List;
import java.util.Map;

/**
 * The values to fill a template with, keyed by placeholder name: {@code values} for the document's placeholders
 * (e.g. {@code client.name}), {@code products} one map per product row (e.g. {@code product.name},
 * {@code product.property.color}). A missing or null value leaves its placeholder unfilled.
 */
public record TemplateData(Map<String, String> values, List<Map<String, String>> products) {

    public TemplateData {
        values = values == null ? Map.of() : values;
        products = products == null ? List.of() : products;
    }
}
