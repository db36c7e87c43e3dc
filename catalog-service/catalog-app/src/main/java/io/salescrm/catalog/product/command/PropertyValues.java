package io.salescrm.catalog.product.command;

import io.salescrm.catalog.api.product.ProductPropertyValue;
import io.salescrm.catalog.api.property.PropertyType;
import io.salescrm.catalog.reference.CatalogReferences;
import io.salescrm.catalog.reference.CatalogReferences.PropertyDefinition;
import io.salescrm.platform.rules.InvalidFieldException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks a product's property values against the property definitions and brings them to canonical form. Errors
 * name the field {@code properties.<propertyId>}: an unknown property and a value of the wrong type are 400s.
 */
final class PropertyValues {

    static final int MAX_PROPERTIES = 50;
    static final int MAX_LIST_VALUES = 100;
    static final int MAX_TEXT_LENGTH = 1000;
    static final BigDecimal MAX_NUMBER = new BigDecimal("1000000000000000");

    private PropertyValues() {
    }

    /**
     * @param current the product's values so far: a retired list value may stay on a product that has it, but no
     *                product may take it newly
     */
    static Map<String, List<String>> validated(List<ProductPropertyValue> given, CatalogReferences references,
                                               Map<String, List<String>> current) {
        List<ProductPropertyValue> entries = given == null ? List.of() : given;
        if (entries.size() > MAX_PROPERTIES) {
            throw new InvalidFieldException("properties", "must be at most " + MAX_PROPERTIES);
        }
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (ProductPropertyValue entry : entries) {
            if (entry == null || entry.propertyId() == null) {
                throw new InvalidFieldException("properties", "must name their property");
            }
            String field = "properties." + entry.propertyId();
            PropertyDefinition definition = references.property(entry.propertyId())
                    .orElseThrow(() -> new InvalidFieldException(field, "is not a property of the catalog"));
            if (result.containsKey(entry.propertyId())) {
                throw new InvalidFieldException(field, "is given twice");
            }
            List<String> values = entry.values() == null ? List.of() : entry.values();
            if (values.isEmpty() || values.stream().anyMatch(v -> v == null)) {
                throw new InvalidFieldException(field, "must have a value");
            }
            result.put(entry.propertyId(), canonical(definition, values, current.getOrDefault(entry.propertyId(), List.of()), field));
        }
        return result;
    }

    private static List<String> canonical(PropertyDefinition definition, List<String> values, List<String> current, String field) {
        PropertyType type = definition.type();
        if (type != PropertyType.LIST_MULTIPLE && values.size() != 1) {
            throw new InvalidFieldException(field, "takes exactly one value (" + type + ")");
        }
        String single = values.get(0);
        return switch (type) {
            case TEXT -> {
                if (single.isBlank() || single.strip().length() > MAX_TEXT_LENGTH) {
                    throw new InvalidFieldException(field, "must be a text of 1-" + MAX_TEXT_LENGTH + " characters");
                }
                yield List.of(single.strip());
            }
            case NUMBER -> List.of(number(single, field));
            case BOOLEAN -> {
                String flag = single.strip().toLowerCase(Locale.ROOT);
                if (!flag.equals("true") && !flag.equals("false")) {
                    throw new InvalidFieldException(field, "must be true or false (BOOLEAN)");
                }
                yield List.of(flag);
            }
            case DATE -> {
                try {
                    yield List.of(LocalDate.parse(single.strip()).toString());
                } catch (DateTimeParseException notADate) {
                    throw new InvalidFieldException(field, "must be a date like 2026-03-01 (DATE)");
                }
            }
            case LIST_SINGLE, LIST_MULTIPLE -> listValues(definition, values, current, field);
        };
    }

    private static String number(String text, String field) {
        try {
            BigDecimal number = new BigDecimal(text.strip());
            if (number.abs().compareTo(MAX_NUMBER) >= 0 || number.scale() > 6) {
                throw new InvalidFieldException(field, "must be below 10^15 with at most 6 decimals");
            }
            return number.stripTrailingZeros().toPlainString();
        } catch (NumberFormatException notANumber) {
            throw new InvalidFieldException(field, "must be a number (NUMBER)");
        }
    }

    private static List<String> listValues(PropertyDefinition definition, List<String> values, List<String> current, String field) {
        if (values.size() > MAX_LIST_VALUES) {
            throw new InvalidFieldException(field, "takes at most " + MAX_LIST_VALUES + " values");
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String valueId : values) {
            var defined = definition.values().get(valueId);
            if (defined == null) {
                throw new InvalidFieldException(field, "has no value " + valueId + " (list values are given by id)");
            }
            if (defined.retired() && !current.contains(valueId)) {
                throw new InvalidFieldException(field, "value " + valueId + " is retired");
            }
            if (!ids.add(valueId)) {
                throw new InvalidFieldException(field, "repeats value " + valueId);
            }
        }
        return new ArrayList<>(ids);
    }
}
