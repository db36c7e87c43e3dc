package io.salescrm.org.role.query;

import io.salescrm.org.api.employee.EmployeeHiredEvent;
import io.salescrm.org.api.role.RoleSubject;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Whether a role's subject exists, before the role is given to it. An employee exists when his own event
 * stream starts with {@link EmployeeHiredEvent} (read from the event store: exact at once, even right after the
 * hire). Units all live in the one org-structure stream, so a unit is looked up in the org read model
 * {@code orgunit_units}; as that read model trails the event store by a moment, a unit not found there is looked
 * for again for a short while before it counts as unknown.
 */
@Component
public class RoleSubjectDirectory {

    public enum Presence { PRESENT, UNKNOWN, CLOSED }

    static final String UNITS = "orgunit_units";
    private static final Duration POLL = Duration.ofMillis(100);

    private final EventStore eventStore;
    private final MongoTemplate mongo;
    private final Duration unitGrace;

    public RoleSubjectDirectory(EventStore eventStore, MongoTemplate mongo,
                                @Value("${crm.role.unit-lookup-grace:2s}") Duration unitGrace) {
        this.eventStore = eventStore;
        this.mongo = mongo;
        this.unitGrace = unitGrace;
    }

    public Presence presenceOf(RoleSubject type, String id) {
        return type == RoleSubject.EMPLOYEE ? employee(id) : unit(id);
    }

    private Presence employee(String id) {
        DomainEventStream events = eventStore.readEvents(id, 0L);
        return events.hasNext() && EmployeeHiredEvent.class.equals(events.peek().getPayloadType())
                ? Presence.PRESENT : Presence.UNKNOWN;
    }

    private Presence unit(String id) {
        long deadline = System.nanoTime() + unitGrace.toNanos();
        while (true) {
            org.bson.Document unit = mongo.findOne(query(where("_id").is(id)), org.bson.Document.class, UNITS);
            if (unit != null) {
                return Boolean.TRUE.equals(unit.get("closed")) ? Presence.CLOSED : Presence.PRESENT;
            }
            if (System.nanoTime() >= deadline) {
                return Presence.UNKNOWN;
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Presence.UNKNOWN;
            }
        }
    }
}
