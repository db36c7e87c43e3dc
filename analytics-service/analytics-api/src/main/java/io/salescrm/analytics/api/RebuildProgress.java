package io.salescrm.analytics.api;

import java.util.List;

/**
 * Where the analytics processor stands: per topic partition the position of the tracking token the processor last
 * reported (records consumed) against the partition's end offset. {@code caughtUp}: every partition's reported
 * position at its end offset. The reported token can lag behind what has been handled (partitions from which the
 * current run has handled nothing yet show 0), so it is an indication, not a guarantee. {@code replaying} is Axon's flag, set until an event newer than the rebuild's start arrives.
 */
public record RebuildProgress(String processor, boolean running, boolean replaying, boolean caughtUp,
                              List<PartitionProgress> partitions) {

    public record PartitionProgress(String topic, int partition, long consumed, long endOffset) {
    }
}
