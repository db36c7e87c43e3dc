package io.salescrm.analytics.api;

import java.time.Instant;
import java.util.List;

/**
 * Where the analytics processor stands. Per topic partition: {@code consumed}, the offset up to which (exclusive)
 * every record has been handled and its effect is in the read models, against {@code endOffset}, the partition's end
 * read just before. {@code caughtUp} (per partition and overall): every record that was in the topics when asked has
 * been applied, so the figures are complete as of that moment; a partition without records counts as caught up.
 * {@code startedAt}: when the last rebuild started on this instance (null if none since it started);
 * {@code eventsHandled}: events the analytics handlers handled since then (or since the instance started).
 * {@code replaying} is Axon's flag, set until the processor passes the position it had when the rebuild started.
 */
public record RebuildProgress(String processor, boolean running, boolean replaying, boolean caughtUp,
                              Instant startedAt, long eventsHandled, List<PartitionProgress> partitions) {

    public record PartitionProgress(String topic, int partition, long consumed, long endOffset, boolean caughtUp) {
    }
}
