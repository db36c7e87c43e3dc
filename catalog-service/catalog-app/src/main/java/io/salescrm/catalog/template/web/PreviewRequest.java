package io.salescrm.catalog.template.web;

import io.salescrm.platform.rules.CurrencyCode;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /templates/{id}/preview}: which version (default: the latest), document values keyed by
 * placeholder name, and product rows: sample rows of values keyed by placeholder name, then one row per catalog
 * product in {@code productIds} (filled from the catalog's own product data; {@code product.price} is the base
 * price type's price in {@code currency}, or the product's only base price when no currency is given).
 */
public record PreviewRequest(
        @Min(1) Long version,
        @Size(max = 20) Map<@Size(max = 100) String, @Size(max = 5_000) String> values,
        @Size(max = 50) List<@Size(max = 40) Map<@Size(max = 100) String, @Size(max = 5_000) String>> products,
        @Size(max = 50) List<@Size(min = 1, max = 64) String> productIds,
        @CurrencyCode String currency) {
}
