package io.salescrm.org.orgunit.query;

import io.salescrm.org.api.orgunit.OrgUnitClosedEvent;
import io.salescrm.org.api.orgunit.OrgUnitCreatedEvent;
import io.salescrm.org.api.orgunit.OrgUnitHeadSetEvent;
import io.salescrm.org.api.orgunit.OrgUnitMovedEvent;
import io.salescrm.org.api.orgunit.OrgUnitRenamedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Keeps {@code orgunit_units} up to date from the local event store. Creation inserts the unit (a repeat finds it
 * there and changes nothing); every later change is applied only if the unit's recorded version is older than the
 * event's sequence number, so a redelivered or replayed event leaves the same document behind.
 */
@Component
@ProcessingGroup(UnitViewProjection.GROUP)
public class UnitViewProjection {

    public static final String GROUP = "orgunit-units";

    private final MongoTemplate mongo;

    public UnitViewProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(OrgUnitCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant createdAt) {
        try {
            mongo.insert(new UnitView(event.unitId(), event.kind(), event.name(), event.parentUnitId(), null, false,
                    createdAt, sequence));
        } catch (DuplicateKeyException alreadyApplied) {
            // created by an earlier delivery of this event
        }
    }

    @EventHandler
    void on(OrgUnitRenamedEvent event, @SequenceNumber long sequence) {
        change(event.unitId(), sequence, new Update().set("name", event.name()));
    }

    @EventHandler
    void on(OrgUnitMovedEvent event, @SequenceNumber long sequence) {
        change(event.unitId(), sequence, new Update().set("parentUnitId", event.toParentUnitId()));
    }

    @EventHandler
    void on(OrgUnitHeadSetEvent event, @SequenceNumber long sequence) {
        change(event.unitId(), sequence, new Update().set("headEmployeeId", event.headEmployeeId()));
    }

    @EventHandler
    void on(OrgUnitClosedEvent event, @SequenceNumber long sequence) {
        change(event.unitId(), sequence, new Update().set("closed", true));
    }

    private void change(String unitId, long sequence, Update update) {
        mongo.updateFirst(query(where("_id").is(unitId).and("version").lt(sequence)),
                update.set("version", sequence), UnitView.class);
    }
}
