package io.salescrm.pipeline.api;

/** The Kafka topic carrying every event of the pipeline service, keyed by aggregate id. */
public final class PipelineTopic {

    public static final String NAME = "crm.pipeline.events";

    private PipelineTopic() {
    }
}
