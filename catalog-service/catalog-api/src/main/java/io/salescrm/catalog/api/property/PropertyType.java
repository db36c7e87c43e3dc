package io.salescrm.catalog.api.property;

/**
 * The type of a product property. NUMBER may carry a unit; LIST_SINGLE and LIST_MULTIPLE take values from the
 * property's managed list (by value id), one or several.
 */
public enum PropertyType {
    TEXT, NUMBER, BOOLEAN, DATE, LIST_SINGLE, LIST_MULTIPLE;

    public boolean isList() {
        return this == LIST_SINGLE || this == LIST_MULTIPLE;
    }
}
