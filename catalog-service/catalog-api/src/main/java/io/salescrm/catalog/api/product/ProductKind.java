package io.salescrm.catalog.api.product;

/** A good that is delivered, or a service that is rendered. */
public enum ProductKind {
    PRODUCT, SERVICE
}
