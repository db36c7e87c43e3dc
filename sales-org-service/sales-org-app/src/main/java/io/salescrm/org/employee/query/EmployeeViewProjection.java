package io.salescrm.org.employee.query;

import io.salescrm.org.api.employee.EmployeeDeactivatedEvent;
import io.salescrm.org.api.employee.EmployeeHiredEvent;
import io.salescrm.org.api.employee.EmployeeJoinedUnitEvent;
import io.salescrm.org.api.employee.EmployeeLeftUnitEvent;
import io.salescrm.org.api.employee.EmployeeMovedEvent;
import io.salescrm.org.api.employee.EmployeeProfileChangedEvent;
import io.salescrm.org.api.employee.EmployeeReactivatedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Keeps {@code employee_employees} up to date from the local event store. Hiring inserts the employee (a repeat
 * finds it there and changes nothing); every later change is applied only when the document's version is older
 * than the event's sequence number, so redelivered and replayed events change nothing.
 */
@Component
@ProcessingGroup(EmployeeViewProjection.GROUP)
public class EmployeeViewProjection {

    public static final String GROUP = "employee-employees";

    private final MongoTemplate mongo;

    public EmployeeViewProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(EmployeeHiredEvent event, @SequenceNumber long sequence, @Timestamp Instant hiredAt) {
        try {
            mongo.insert(new EmployeeView(event.employeeId(), event.login(), event.fullName(), event.email(),
                    event.position(), event.primaryUnitId(), List.of(event.primaryUnitId()), true, hiredAt, sequence));
        } catch (DuplicateKeyException alreadyApplied) {
            // inserted by an earlier delivery of this event
        }
    }

    @EventHandler
    void on(EmployeeProfileChangedEvent event, @SequenceNumber long sequence) {
        change(event.employeeId(), sequence, new Update()
                .set("fullName", event.fullName())
                .set("email", event.email())
                .set("position", event.position()));
    }

    @EventHandler
    void on(EmployeeMovedEvent event, @SequenceNumber long sequence) {
        EmployeeView current = mongo.findById(event.employeeId(), EmployeeView.class);
        if (current == null || current.version() >= sequence) {
            return;
        }
        List<String> units = new ArrayList<>();
        units.add(event.toUnitId());
        current.unitIds().stream().skip(1).filter(unit -> !unit.equals(event.toUnitId())).forEach(units::add);
        change(event.employeeId(), sequence, new Update().set("primaryUnitId", event.toUnitId()).set("unitIds", units));
    }

    @EventHandler
    void on(EmployeeJoinedUnitEvent event, @SequenceNumber long sequence) {
        change(event.employeeId(), sequence, new Update().addToSet("unitIds", event.unitId()));
    }

    @EventHandler
    void on(EmployeeLeftUnitEvent event, @SequenceNumber long sequence) {
        change(event.employeeId(), sequence, new Update().pull("unitIds", event.unitId()));
    }

    @EventHandler
    void on(EmployeeDeactivatedEvent event, @SequenceNumber long sequence) {
        change(event.employeeId(), sequence, new Update().set("active", false));
    }

    @EventHandler
    void on(EmployeeReactivatedEvent event, @SequenceNumber long sequence) {
        change(event.employeeId(), sequence, new Update().set("active", true));
    }

    private void change(String employeeId, long sequence, Update update) {
        mongo.updateFirst(query(where("_id").is(employeeId).and("version").lt(sequence)),
                update.set("version", sequence), EmployeeView.class);
    }
}
