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
 * (keeping their indexes), resets its token to the beginning of the topics and starts it again.
 */
@Component
public class AnalyticsRebuild {

    private final EventProcessingConfiguration processing;
    private final MongoTemplate mongo;
    private final AdminClient kafkaAdmin;
    private final ServiceTopics topics;
    private final List<String> readModels;

    public AnalyticsRebuild(EventProcessingConfiguration processing, MongoTemplate mongo, AdminClient kafkaAdminClient,
                            ServiceTopics topics, AnalyticsReadModels readModels) {
        this.processing = processing;
        this.mongo = mongo;
        this.kafkaAdmin = kafkaAdminClient;
        this.topics = topics;
        this.readModels = readModels.collections();
    }

    public synchronized void start() {
        TrackingEventProcessor processor = processor();
        processor.shutDown();
        readModels.forEach(collection -> mongo.remove(new Query(), collection));
        processor.resetTokens();
        processor.start();
    }

    public RebuildProgress progress() {
        TrackingEventProcessor processor = processor();
        Map<TopicPartition, Long> consumed = new HashMap<>();
        boolean replaying = false;
        for (EventTrackerStatus status : processor.processingStatus().values()) {
            replaying |= status.isReplaying();
            TrackingToken token = status.getTrackingToken() == null ? null : WrappedToken.unwrapLowerBound(status.getTrackingToken());
            if (token instanceof KafkaTrackingToken kafka) {
                kafka.getPositions().forEach((partition, offset) -> consumed.merge(partition, offset + 1, Math::max));
            }
        }
        List<PartitionProgress> partitions = new ArrayList<>();
        boolean caughtUp = true;
        for (Map.Entry<TopicPartition, Long> end : endOffsets().entrySet()) {
            long done = consumed.getOrDefault(end.getKey(), 0L);
            caughtUp &= done >= end.getValue();
            partitions.add(new PartitionProgress(end.getKey().topic(), end.getKey().partition(), done, end.getValue()));
        }
        partitions.sort(Comparator.comparing(PartitionProgress::topic).thenComparing(PartitionProgress::partition));
        return new RebuildProgress(processor.getName(), processor.isRunning(), replaying, caughtUp, partitions);
    }

    private Map<TopicPartition, Long> endOffsets() {
        try {
            Map<String, TopicDescription> described = kafkaAdmin.describeTopics(topics.consumes()).allTopicNames().get(10, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            described.values().forEach(topic -> topic.partitions().forEach(p ->
                    latest.put(new TopicPartition(topic.name(), p.partition()), OffsetSpec.latest())));
            Map<TopicPartition, Long> ends = new HashMap<>();
            kafkaAdmin.listOffsets(latest).all().get(10, TimeUnit.SECONDS).forEach((partition, info) -> ends.put(partition, info.offset()));
            return ends;
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
