package io.salescrm.analytics.api;

/**
 * How long deals stayed in one stage of a pipeline, over the stays that ended (seconds): average (half-even to whole
 * seconds), median and 90th percentile (nearest rank), and how many of these stays began with a step back (a move
 * from a later to an earlier IN_PROGRESS stage of the pipeline's current order).
 */
public record StageDwell(String stageId, long stays, long averageSeconds, long medianSeconds, long p90Seconds,
                         long backwardMoves) {
}
