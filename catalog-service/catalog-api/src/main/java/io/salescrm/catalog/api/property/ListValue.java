package io.salescrm.catalog.api.property;

/**
 * One value of a list property. {@code valueId} never changes; {@code code} (e.g. {@code RED}) goes into generated
 * SKUs; {@code label} is what people read and may be renamed.
 */
public record ListValue(String valueId, String code, String label) {
}
