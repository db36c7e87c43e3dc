package io.salescrm.catalog.api.template.render;

/**
 * A placeholder the data had no value for; it is left in the rendered text as written. {@code productRow} is the
 * 0-based row of the products section it was in, or null outside the section.
 */
public record UnfilledPlaceholder(String placeholder, int position, Integer productRow) {
}
