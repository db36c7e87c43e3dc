package io.salescrm.org.distribution.query;

import io.salescrm.org.api.distribution.LeadAssignmentDecidedEvent;
import io.salescrm.org.api.distribution.LeadAssignmentFailedEvent;
import io.salescrm.org.distribution.query.LeadAssignmentView.Outcome;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Keeps {@code distribution_assignments} from the lead-assignment events of the local event store, and counts a
 * decided lead for its employee in the open-lead count. A lead has one outcome event, ever, so each write is an
 * insert-once keyed by lead id: a replay changes nothing.
 */
@Component
@ProcessingGroup(LeadAssignmentProjection.GROUP)
public class LeadAssignmentProjection {

    public static final String GROUP = "distribution-assignments";
    public static final String COLLECTION = "distribution_assignments";

    private final MongoTemplate mongo;
    private final LeadLoad leads;

    public LeadAssignmentProjection(MongoTemplate mongo, LeadLoad leads) {
        this.mongo = mongo;
        this.leads = leads;
    }

    @EventHandler
    void on(LeadAssignmentDecidedEvent event, @Timestamp Instant at) {
        insertOnce(event.leadId(), new Update()
                .setOnInsert("outcome", Outcome.ASSIGNED)
                .setOnInsert("employeeId", event.employeeId())
                .setOnInsert("ruleId", event.ruleId())
                .setOnInsert("strategy", event.strategy())
                .setOnInsert("fallback", event.fallback())
                .setOnInsert("decidedAt", at));
        leads.decided(event.leadId(), event.employeeId());
    }

    @EventHandler
    void on(LeadAssignmentFailedEvent event, @Timestamp Instant at) {
        insertOnce(event.leadId(), new Update()
                .setOnInsert("outcome", Outcome.FAILED)
                .setOnInsert("ruleId", event.ruleId())
                .setOnInsert("fallback", false)
                .setOnInsert("failureReason", event.reason())
                .setOnInsert("detail", event.detail())
                .setOnInsert("decidedAt", at));
    }

    private void insertOnce(String leadId, Update fields) {
        mongo.upsert(query(where("_id").is(leadId)), fields, COLLECTION);
    }
}
