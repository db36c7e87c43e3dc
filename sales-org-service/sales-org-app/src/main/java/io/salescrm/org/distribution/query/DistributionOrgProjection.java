package io.salescrm.org.distribution.query;

import io.salescrm.org.api.employee.EmployeeDeactivatedEvent;
import io.salescrm.org.api.employee.EmployeeHiredEvent;
import io.salescrm.org.api.employee.EmployeeJoinedUnitEvent;
import io.salescrm.org.api.employee.EmployeeLeftUnitEvent;
import io.salescrm.org.api.employee.EmployeeMovedEvent;
import io.salescrm.org.api.employee.EmployeeReactivatedEvent;
import io.salescrm.org.api.orgunit.OrgUnitClosedEvent;
import io.salescrm.org.api.orgunit.OrgUnitCreatedEvent;
import io.salescrm.org.api.orgunit.OrgUnitRenamedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Distribution's own view of the org (DESIGN §3: a feature keeps the read model it needs): which units exist and
 * are open ({@code distribution_units}), and which employees are active in which units
 * ({@code distribution_employees}), from the org-unit and employee events of the local event store. Every write
 * is guarded by the event's sequence number ({@link GuardedWrites}).
 */
@Component
@ProcessingGroup(DistributionOrgProjection.GROUP)
public class DistributionOrgProjection {

    public static final String GROUP = "distribution-org";
    public static final String UNITS = "distribution_units";
    public static final String EMPLOYEES = "distribution_employees";

    private final MongoTemplate mongo;

    public DistributionOrgProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(OrgUnitCreatedEvent event, @SequenceNumber long sequence) {
        unit(event.unitId(), sequence, new Update().set("name", event.name()).set("closed", false));
    }

    @EventHandler
    void on(OrgUnitRenamedEvent event, @SequenceNumber long sequence) {
        unit(event.unitId(), sequence, new Update().set("name", event.name()));
    }

    @EventHandler
    void on(OrgUnitClosedEvent event, @SequenceNumber long sequence) {
        unit(event.unitId(), sequence, new Update().set("closed", true));
    }

    @EventHandler
    void on(EmployeeHiredEvent event, @SequenceNumber long sequence) {
        employee(event.employeeId(), sequence, new Update().set("active", true)
                .set("primaryUnitId", event.primaryUnitId()).set("furtherUnitIds", List.of()));
    }

    @EventHandler
    void on(EmployeeMovedEvent event, @SequenceNumber long sequence) {
        employee(event.employeeId(), sequence, new Update().set("primaryUnitId", event.toUnitId()));
    }

    @EventHandler
    void on(EmployeeJoinedUnitEvent event, @SequenceNumber long sequence) {
        employee(event.employeeId(), sequence, new Update().addToSet("furtherUnitIds", event.unitId()));
    }

    @EventHandler
    void on(EmployeeLeftUnitEvent event, @SequenceNumber long sequence) {
        employee(event.employeeId(), sequence, new Update().pull("furtherUnitIds", event.unitId()));
    }

    @EventHandler
    void on(EmployeeDeactivatedEvent event, @SequenceNumber long sequence) {
        employee(event.employeeId(), sequence, new Update().set("active", false));
    }

    @EventHandler
    void on(EmployeeReactivatedEvent event, @SequenceNumber long sequence) {
        employee(event.employeeId(), sequence, new Update().set("active", true));
    }

    private void unit(String unitId, long sequence, Update update) {
        GuardedWrites.apply(mongo, UNITS, unitId, sequence, update);
    }

    private void employee(String employeeId, long sequence, Update update) {
        GuardedWrites.apply(mongo, EMPLOYEES, employeeId, sequence, update);
    }
}
