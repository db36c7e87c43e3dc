package io.salescrm.analytics.api;

/** What a report's rows are keyed by: the responsible manager, his primary unit (group), the pipeline, the lead source. */
public enum Dimension {
    MANAGER, GROUP, PIPELINE, SOURCE
}
