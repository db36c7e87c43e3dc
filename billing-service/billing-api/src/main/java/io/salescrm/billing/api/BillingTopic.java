package io.salescrm.billing.api;

/** The Kafka topic carrying every event of the billing service, keyed by aggregate id. */
public final class BillingTopic {

    public static final String NAME = "crm.billing.events";

    private BillingTopic() {
    }
}
