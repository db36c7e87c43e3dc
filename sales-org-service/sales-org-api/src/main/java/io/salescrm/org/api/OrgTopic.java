package io.salescrm.org.api;

/** The Kafka topic carrying every event of the sales-org service, keyed by aggregate id. */
public final class OrgTopic {

    public static final String NAME = "crm.org.events";

    private OrgTopic() {
    }
}
