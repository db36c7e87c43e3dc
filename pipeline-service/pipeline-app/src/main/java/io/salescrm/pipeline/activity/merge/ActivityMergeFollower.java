package io.salescrm.pipeline.activity.merge;

import io.salescrm.pipeline.api.activity.ActivityCreatedEvent;
import io.salescrm.pipeline.api.activity.ActivityDeletedEvent;
import io.salescrm.pipeline.api.activity.ActivityMovedEvent;
import io.salescrm.pipeline.api.activity.MoveActivityCommand;
import io.salescrm.pipeline.api.activity.SubjectKind;
import io.salescrm.pipeline.api.company.CompanyMergedIntoEvent;
import io.salescrm.pipeline.api.contact.ContactMergedIntoEvent;
import io.salescrm.pipeline.api.lead.LeadMergedIntoEvent;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Moves activities of a merged lead, contact or company to the survivor, one {@link MoveActivityCommand} per
 * activity. It keeps its own index of which record each activity is on and which records were merged, built in
 * the same event order as the merges, so an activity recorded just before a merge (or on an already merged
 * record, or moved onto a record merged later) is moved too. A move of an activity no longer on the merged
 * record records nothing, so redelivered or replayed events move nothing twice.
 */
@Component
@ProcessingGroup("activity-merge")
public class ActivityMergeFollower {

    private final MongoTemplate mongo;
    private final CommandGateway commandGateway;

    public ActivityMergeFollower(MongoTemplate mongo, CommandGateway commandGateway) {
        this.mongo = mongo;
        this.commandGateway = commandGateway;
    }

    @EventHandler
    void on(ActivityCreatedEvent event) {
        follow(new ActivitySubjectLink(event.activityId(), event.subjectKind(), event.subjectId()));
    }

    @EventHandler
    void on(ActivityMovedEvent event) {
        follow(new ActivitySubjectLink(event.activityId(), event.subjectKind(), event.toSubjectId()));
    }

    @EventHandler
    void on(ActivityDeletedEvent event) {
        mongo.remove(new Query(where("_id").is(event.activityId())), ActivitySubjectLink.class);
    }

    @EventHandler
    void on(LeadMergedIntoEvent event) {
        merged(SubjectKind.LEAD, event.leadId(), event.survivorId());
    }

    @EventHandler
    void on(ContactMergedIntoEvent event) {
        merged(SubjectKind.CONTACT, event.contactId(), event.survivorId());
    }

    @EventHandler
    void on(CompanyMergedIntoEvent event) {
        merged(SubjectKind.COMPANY, event.companyId(), event.survivorId());
    }

    private void follow(ActivitySubjectLink link) {
        mongo.save(link);
        MergedRecord merge = mongo.findById(MergedRecord.key(link.subjectKind(), link.subjectId()), MergedRecord.class);
        if (merge != null) {
            move(link, merge.survivorId());
        }
    }

    private void merged(SubjectKind kind, String recordId, String survivorId) {
        mongo.save(new MergedRecord(MergedRecord.key(kind, recordId), survivorId));
        Query onMerged = new Query(where("subjectKind").is(kind).and("subjectId").is(recordId));
        try (var links = mongo.stream(onMerged, ActivitySubjectLink.class)) {
            links.forEach(link -> move(link, survivorId));
        }
    }

    private void move(ActivitySubjectLink link, String survivorId) {
        try {
            commandGateway.sendAndWait(new MoveActivityCommand(link.activityId(), link.subjectKind(), link.subjectId(), survivorId));
        } catch (AggregateNotFoundException deletedMeanwhile) {
            mongo.remove(link);
        }
    }
}
