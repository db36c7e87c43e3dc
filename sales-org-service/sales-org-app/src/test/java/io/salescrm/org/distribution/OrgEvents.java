package io.salescrm.org.distribution;

import io.salescrm.org.api.employee.EmployeeDeactivatedEvent;
import io.salescrm.org.api.employee.EmployeeHiredEvent;
import io.salescrm.org.api.employee.EmployeeJoinedUnitEvent;
import io.salescrm.org.api.orgunit.OrgStructure;
import io.salescrm.org.api.orgunit.OrgUnitClosedEvent;
import io.salescrm.org.api.orgunit.OrgUnitCreatedEvent;
import io.salescrm.org.api.orgunit.OrgUnitKind;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Puts org events into the service's event store exactly as its org-structure and employee aggregates record them
 * (sales-org reads its own org events from its event store, not from Kafka), so distribution can be tested
 * without depending on how the org features build them. Units go to a test-only structure stream, so they never
 * collide with the installation's own org structure.
 */
public final class OrgEvents {

    private final EventStore eventStore;
    private final String structureStream = "test-structure-" + UUID.randomUUID();
    private final Map<String, Long> sequences = new HashMap<>();

    public OrgEvents(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public OrgEvents salesGroup(String unitId) {
        return append("OrgStructureAggregate", structureStream,
                new OrgUnitCreatedEvent(OrgStructure.ID, unitId, OrgUnitKind.SALES_GROUP, "Group " + unitId, "company"));
    }

    public OrgEvents closeUnit(String unitId) {
        return append("OrgStructureAggregate", structureStream, new OrgUnitClosedEvent(OrgStructure.ID, unitId));
    }

    public OrgEvents hire(String employeeId, String primaryUnitId) {
        return append("Employee", employeeId, new EmployeeHiredEvent(employeeId, employeeId, "Manager " + employeeId,
                employeeId + "@example.com", "Sales manager", primaryUnitId));
    }

    public OrgEvents join(String employeeId, String unitId) {
        return append("Employee", employeeId, new EmployeeJoinedUnitEvent(employeeId, unitId));
    }

    public OrgEvents deactivate(String employeeId) {
        return append("Employee", employeeId, new EmployeeDeactivatedEvent(employeeId));
    }

    private OrgEvents append(String type, String aggregateId, Object payload) {
        long sequence = sequences.merge(aggregateId, 0L, (last, ignored) -> last + 1);
        eventStore.publish(new GenericDomainEventMessage<>(type, aggregateId, sequence, payload));
        return this;
    }
}
