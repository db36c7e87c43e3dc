package io.salescrm.catalog.api.template.render;

/**
 * Something wrong in a template text: {@code position} is the 0-based character offset of the offending tag,
 * {@code line} and {@code column} the same place 1-based; {@code placeholder} is the tag's name when it has one.
 */
public record TemplateProblem(int position, int line, int column, String placeholder, String message) {
}
