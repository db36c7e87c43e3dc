package io.salescrm.catalog.product.query;

import io.salescrm.catalog.api.property.PropertyType;
import io.salescrm.catalog.property.query.PropertyView;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words a product is found by: name, description, code, SKUs and property values (list values by label and
 * code), lower case, split at every character that is neither a letter nor a digit. A query is split the same way
 * and each of its words must start one of the product's words.
 */
public final class SearchTokens {

    static final int MAX_TOKENS = 2_000;
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchTokens() {
    }

    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        for (String word : SEPARATORS.split(text.toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** The product's search words and its {@code <propertyId>=<value>} filter pairs. */
    public static ProductView indexed(ProductView product, Map<String, PropertyView> definitions) {
        Set<String> tokens = new LinkedHashSet<>();
        tokens.addAll(words(product.name()));
        tokens.addAll(words(product.description()));
        tokens.addAll(words(product.code()));
        product.variants().forEach(v -> tokens.addAll(words(v.sku())));
        List<String> filters = new ArrayList<>();
        product.properties().forEach(property -> {
            PropertyView definition = definitions.get(property.propertyId());
            for (String value : property.values()) {
                filters.add(property.propertyId() + "=" + value);
                if (definition != null && definition.type().isList()) {
                    definition.values().stream().filter(v -> v.valueId().equals(value)).findFirst().ifPresent(v -> {
                        tokens.addAll(words(v.label()));
                        tokens.addAll(words(v.code()));
                    });
                } else if (definition == null || definition.type() != PropertyType.BOOLEAN) {
                    tokens.addAll(words(value));
                }
            }
        });
        return product.withSearch(tokens.stream().limit(MAX_TOKENS).toList(), filters);
    }
}
