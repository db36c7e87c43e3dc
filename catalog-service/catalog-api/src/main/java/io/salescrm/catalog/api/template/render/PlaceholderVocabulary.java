package io.salescrm.catalog.api.template.render;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The fixed set of placeholders a template may use. Values are looked up under exactly these names:
 * <ul>
 *   <li>{@code client.name}, {@code client.contactName}: the client company and the person addressed;</li>
 *   <li>{@code manager.name}, {@code manager.signature}: the salesperson sending the document;</li>
 *   <li>{@code offer.validUntil}: the date the offer holds until;</li>
 *   <li>{@code product.name}, {@code product.description}, {@code product.sku}, {@code product.price},
 *       {@code product.property.<code>} (a property value by the property's code): inside
 *       {@code {{#products}}...{{/products}}} the current product row, outside it the first product.</li>
 * </ul>
 * {@value #PRODUCTS_SECTION} is the only repeated section.
 */
public final class PlaceholderVocabulary {

    public static final String PRODUCTS_SECTION = "products";
    public static final String PRODUCT_PROPERTY_PREFIX = "product.property.";

    public static final List<String> DOCUMENT_PLACEHOLDERS = List.of(
            "client.name", "client.contactName", "manager.name", "manager.signature", "offer.validUntil");
    public static final List<String> PRODUCT_PLACEHOLDERS = List.of(
            "product.name", "product.description", "product.sku", "product.price");

    private static final Set<String> KNOWN = Set.copyOf(concat(DOCUMENT_PLACEHOLDERS, PRODUCT_PLACEHOLDERS));
    private static final Pattern PROPERTY_CODE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private PlaceholderVocabulary() {
    }

    public static boolean isKnown(String placeholder) {
        return KNOWN.contains(placeholder) || isProductProperty(placeholder);
    }

    /** Whether the placeholder is about a product (a row of the products section, or the first product outside it). */
    public static boolean isProductPlaceholder(String placeholder) {
        return PRODUCT_PLACEHOLDERS.contains(placeholder) || isProductProperty(placeholder);
    }

    private static boolean isProductProperty(String placeholder) {
        return placeholder.startsWith(PRODUCT_PROPERTY_PREFIX)
                && PROPERTY_CODE.matcher(placeholder.substring(PRODUCT_PROPERTY_PREFIX.length())).matches();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        var all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
