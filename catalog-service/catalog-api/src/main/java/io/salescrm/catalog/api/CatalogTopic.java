package io.salescrm.catalog.api;

/** The Kafka topic carrying every event of the catalog service, keyed by aggregate id. */
public final class CatalogTopic {

    public static final String NAME = "crm.catalog.events";

    private CatalogTopic() {
    }
}
