package io.salescrm.analytics.admin;

import io.salescrm.analytics.AnalyticsProcessing;
import io.salescrm.analytics.api.RebuildProgress;
import io.salescrm.analytics.api.RebuildProgress.PartitionProgress;
import io.salescrm.platform.kafka.ServiceTopics;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaTrackingToken;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Rebuilds every analytics read model from the topics: stops the analytics processor, empties its collections
 * (keeping their indexes), resets its token to the beginning of the topics and starts it again; and reports how far
 * it is.
 */
@Component
public class AnalyticsRebuild {

    private final EventProcessingConfiguration processing;
    private final MongoTemplate mongo;
    private final AdminClient kafkaAdmin;
    private final ServiceTopics topics;
    private final List<String> readModels;
    private final HandledEvents handledEvents;
    private volatile Instant startedAt;

    public AnalyticsRebuild(EventProcessingConfiguration processing, MongoTemplate mongo, AdminClient kafkaAdminClient,
                            ServiceTopics topics, AnalyticsReadModels readModels, HandledEvents handledEvents) {
        this.processing = processing;
        this.mongo = mongo;
        this.kafkaAdmin = kafkaAdminClient;
        this.topics = topics;
        this.readModels = readModels.collections();
        this.handledEvents = handledEvents;
    }

    public synchronized void start() {
        TrackingEventProcessor processor = processor();
        processor.shutDown();
        startedAt = Instant.now();
        handledEvents.reset();
        readModels.forEach(collection -> mongo.remove(new Query(), collection));
        processor.resetTokens();
        processor.start();
    }

    /**
     * The end offsets are read first, then the processor's positions, so {@code caughtUp} means that everything in
     * the topics at the moment of asking has been handled. The positions come from the token each segment last
     * stored with its handled events (exact because the analytics source hands records out in fetch order, see
     * {@code FetchOrderBuffer}); with several segments a partition is only as far as the slowest one.
     */
    public RebuildProgress progress() {
        Map<TopicPartition, PartitionOffsets> ends = endOffsets();
        TrackingEventProcessor processor = processor();
        Map<TopicPartition, Long> consumed = new HashMap<>();
        boolean replaying = false;
        boolean first = true;
        for (EventTrackerStatus status : processor.processingStatus().values()) {
            replaying |= status.isReplaying();
            Map<TopicPartition, Long> positions = positions(status.getTrackingToken());
            if (first) {
                consumed.putAll(positions);
                first = false;
            } else {
                consumed.replaceAll((partition, offset) -> Math.min(offset, positions.getOrDefault(partition, 0L)));
            }
        }
        List<PartitionProgress> partitions = new ArrayList<>();
        boolean caughtUp = true;
        for (Map.Entry<TopicPartition, PartitionOffsets> end : ends.entrySet()) {
            long done = consumed.getOrDefault(end.getKey(), 0L);
            boolean partitionCaughtUp = done >= end.getValue().end() || end.getValue().isEmpty();
            caughtUp &= partitionCaughtUp;
            partitions.add(new PartitionProgress(end.getKey().topic(), end.getKey().partition(), done,
                    end.getValue().end(), partitionCaughtUp));
        }
        partitions.sort(Comparator.comparing(PartitionProgress::topic).thenComparing(PartitionProgress::partition));
        return new RebuildProgress(processor.getName(), processor.isRunning(), replaying, caughtUp, startedAt,
                handledEvents.count(), partitions);
    }

    /** Per partition the offset of the next record to handle (a Kafka token holds the last handled one). */
    private static Map<TopicPartition, Long> positions(TrackingToken token) {
        Map<TopicPartition, Long> positions = new HashMap<>();
        if (token != null && WrappedToken.unwrapLowerBound(token) instanceof KafkaTrackingToken kafka) {
            kafka.getPositions().forEach((partition, offset) -> positions.put(partition, offset + 1));
        }
        return positions;
    }

    private record PartitionOffsets(long earliest, long end) {
        /** Nothing to handle: never written to, or everything removed by retention. */
        boolean isEmpty() {
            return earliest >= end;
        }
    }

    private Map<TopicPartition, PartitionOffsets> endOffsets() {
        try {
            Map<String, TopicDescription> described = kafkaAdmin.describeTopics(topics.consumes()).allTopicNames().get(10, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            described.values().forEach(topic -> topic.partitions().forEach(p -> {
                TopicPartition partition = new TopicPartition(topic.name(), p.partition());
                earliest.put(partition, OffsetSpec.earliest());
                latest.put(partition, OffsetSpec.latest());
            }));
            var starts = kafkaAdmin.listOffsets(earliest).all().get(10, TimeUnit.SECONDS);
            var ends = kafkaAdmin.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
            Map<TopicPartition, PartitionOffsets> offsets = new HashMap<>();
            ends.forEach((partition, end) -> offsets.put(partition,
                    new PartitionOffsets(starts.get(partition).offset(), end.offset())));
            return offsets;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the topics' end offsets", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the topics' end offsets could not be read", e);
        }
    }

    private TrackingEventProcessor processor() {
        return processing.eventProcessor(AnalyticsProcessing.GROUP, TrackingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no tracking processor " + AnalyticsProcessing.GROUP));
    }
}
