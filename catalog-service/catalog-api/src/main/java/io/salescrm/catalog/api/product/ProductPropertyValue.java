package io.salescrm.catalog.api.product;

import java.util.List;

/**
 * A product's value of one property, in canonical text form: TEXT the text; NUMBER a plain decimal
 * ({@code "12.5"}); BOOLEAN {@code "true"}/{@code "false"}; DATE ISO {@code "2026-03-01"}; LIST_SINGLE one value
 * id; LIST_MULTIPLE one or more value ids. Only list properties have more than one entry in {@code values}.
 */
public record ProductPropertyValue(String propertyId, List<String> values) {
}
