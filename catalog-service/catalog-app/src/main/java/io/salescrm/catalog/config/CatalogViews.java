package io.salescrm.catalog.config;

/**
 * The catalog's read models are kept by one processing group, so they see the catalog's events in one order: a
 * product's search tokens are built after the definitions of the properties they use.
 */
public final class CatalogViews {

    public static final String PROCESSING_GROUP = "catalog-views";

    private CatalogViews() {
    }
}
