package io.salescrm.pipeline.timeline.query;

import io.salescrm.pipeline.api.activity.SubjectKind;
import io.salescrm.pipeline.api.lead.LeadAssignedEvent;
import io.salescrm.pipeline.api.lead.LeadCreatedEvent;
import io.salescrm.pipeline.api.lead.LeadDetails;
import io.salescrm.pipeline.api.lead.LeadSource;
import io.salescrm.platform.test.ServiceIntegrationTest;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/** The timeline projection fed the same and older events again: nothing changes. */
@ServiceIntegrationTest
class TimelineProjectionTest {

    @Autowired
    TimelineProjection projection;
    @Autowired
    MongoTemplate mongo;

    @Test
    void aRedeliveredEventWritesNoSecondEntryAndAnOlderOneDoesNotUndoANewerResponsible() throws Exception {
        String leadId = UUID.randomUUID().toString();
        DomainEventMessage<?> created = new GenericDomainEventMessage<>("Lead", leadId, 0,
                new LeadCreatedEvent(leadId, null, LeadDetails.titled("Website inquiry", LeadSource.WEBSITE), "manager-1", false, Instant.now()));
        DomainEventMessage<?> assigned = new GenericDomainEventMessage<>("Lead", leadId, 1, new LeadAssignedEvent(leadId, "manager-2"));

        projection.on(created.getPayload(), created, null);
        projection.on(assigned.getPayload(), assigned, null);
        projection.on(created.getPayload(), created, null);
        projection.on(assigned.getPayload(), assigned, null);

        var entries = mongo.find(new Query(where("entityId").is(leadId)), TimelineEntry.class);
        assertThat(entries).extracting(TimelineEntry::summary)
                .containsExactlyInAnyOrder("Lead created: Website inquiry", "Responsible set to manager-2");
        assertThat(entries).allMatch(e -> e.entityKind() == SubjectKind.LEAD);
        TimelineSubject subject = mongo.findById(TimelineSubject.key(SubjectKind.LEAD, leadId), TimelineSubject.class);
        assertThat(subject.responsibleId()).isEqualTo("manager-2");
    }
}
