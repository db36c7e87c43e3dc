package io.salescrm.analytics.api;

/**
 * What a report's rows are keyed by: the responsible manager, his primary unit (group), the nearest unit of kind
 * DEPARTMENT at or above that group in the current org tree, the pipeline, the lead source.
 */
public enum Dimension {
    MANAGER, GROUP, DEPARTMENT, PIPELINE, SOURCE
}
