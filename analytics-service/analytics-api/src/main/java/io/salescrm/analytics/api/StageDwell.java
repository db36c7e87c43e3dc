package io.salescrm.analytics.api;

/**
 * How long deals stayed in one stage of a pipeline, over the stays that ended (seconds): average (half-even to whole
 * seconds), median and 90th percentile (nearest rank), and the number of entries that were steps back (into a stage
 * the deal had already been in).
 */
public record StageDwell(String stageId, long stays, long averageSeconds, long medianSeconds, long p90Seconds,
                         long backwardMoves) {
}
