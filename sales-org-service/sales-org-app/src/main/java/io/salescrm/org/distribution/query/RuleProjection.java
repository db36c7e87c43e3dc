package io.salescrm.org.distribution.query;

import io.salescrm.org.api.distribution.DistributionRuleChangedEvent;
import io.salescrm.org.api.distribution.DistributionRuleCreatedEvent;
import io.salescrm.org.api.distribution.DistributionRuleDeletedEvent;
import io.salescrm.org.api.distribution.DistributionStrategy;
import io.salescrm.org.api.distribution.RoundRobinAdvancedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * Keeps {@code distribution_rules} up to date from the rule events of the local event store, guarded by sequence
 * number ({@link GuardedWrites}). A deleted rule stays as a tombstone ({@code deleted}) that no query returns, so
 * a late event cannot bring it back.
 */
@Component
@ProcessingGroup(RuleProjection.GROUP)
public class RuleProjection {

    public static final String GROUP = "distribution-rules";
    public static final String COLLECTION = "distribution_rules";

    private final MongoTemplate mongo;

    public RuleProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(DistributionRuleCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.ruleId(), sequence, definition(event.name(), event.sources(), event.pipelineId(),
                event.targetUnitId(), event.strategy(), event.fallbackEmployeeId(), event.priority())
                .set("createdAt", at).set("changedAt", at).set("deleted", false));
    }

    @EventHandler
    void on(DistributionRuleChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.ruleId(), sequence, definition(event.name(), event.sources(), event.pipelineId(),
                event.targetUnitId(), event.strategy(), event.fallbackEmployeeId(), event.priority())
                .set("changedAt", at));
    }

    @EventHandler
    void on(DistributionRuleDeletedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.ruleId(), sequence, new Update().set("deleted", true).set("changedAt", at));
    }

    @EventHandler
    void on(RoundRobinAdvancedEvent event, @SequenceNumber long sequence) {
        apply(event.ruleId(), sequence, new Update().set("lastEmployeeId", event.employeeId()));
    }

    private void apply(String ruleId, long sequence, Update update) {
        GuardedWrites.apply(mongo, COLLECTION, ruleId, sequence, update);
    }

    private static Update definition(String name, List<String> sources, String pipelineId, String targetUnitId,
                                     DistributionStrategy strategy, String fallbackEmployeeId, int priority) {
        List<String> anyOrListed = sources == null ? List.of() : sources;
        return new Update()
                .set("name", name)
                .set("sources", anyOrListed)
                .set("anySource", anyOrListed.isEmpty())
                .set("pipelineId", pipelineId)
                .set("anyPipeline", pipelineId == null)
                .set("targetUnitId", targetUnitId)
                .set("strategy", strategy)
                .set("fallbackEmployeeId", fallbackEmployeeId)
                .set("priority", priority);
    }
}
