package io.salescrm.platform.access;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.salescrm.org.api.employee.EmployeeDeactivatedEvent;
import io.salescrm.org.api.employee.EmployeeHiredEvent;
import io.salescrm.org.api.employee.EmployeeJoinedUnitEvent;
import io.salescrm.org.api.employee.EmployeeReactivatedEvent;
import io.salescrm.org.api.orgunit.OrgStructure;
import io.salescrm.org.api.orgunit.OrgUnitCreatedEvent;
import io.salescrm.org.api.orgunit.OrgUnitKind;
import io.salescrm.org.api.orgunit.OrgUnitMovedEvent;
import io.salescrm.org.api.role.DealStageRule;
import io.salescrm.org.api.role.Permission;
import io.salescrm.org.api.role.RoleAssignedEvent;
import io.salescrm.org.api.role.RoleDefinedEvent;
import io.salescrm.org.api.role.RolePermissionsChangedEvent;
import io.salescrm.org.api.role.RoleSubject;
import io.salescrm.org.api.role.RoleUnassignedEvent;
import io.salescrm.platform.access.model.AccessModel;
import io.salescrm.platform.access.model.AccessModelProjection;
import io.salescrm.platform.test.EmbeddedInfrastructure;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The access read model on the embedded MongoDB wire server, fed by dispatching org events to the projection as
 * Axon does (with aggregate sequence numbers), in a database of its own.
 */
final class AccessModelFixture implements AutoCloseable {

    private final MongoClient client = MongoClients.create(EmbeddedInfrastructure.mongoUri());
    final MongoTemplate mongo = new MongoTemplate(client, "access_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
    final AccessModel model = new AccessModel(mongo);
    private final AnnotationEventHandlerAdapter projection = new AnnotationEventHandlerAdapter(new AccessModelProjection(mongo));
    private final Map<String, Long> sequences = new HashMap<>();

    AccessModelFixture() {
        model.ensureIndexes();
    }

    String unit(String id, OrgUnitKind kind, String parent) {
        publish(OrgStructure.ID, new OrgUnitCreatedEvent(OrgStructure.ID, id, kind, id, parent));
        return id;
    }

    void moveUnit(String id, String from, String to) {
        publish(OrgStructure.ID, new OrgUnitMovedEvent(OrgStructure.ID, id, from, to));
    }

    String employee(String id, String unit) {
        publish(id, new EmployeeHiredEvent(id, id, id, id + "@example.test", "Sales", unit));
        return id;
    }

    void joinUnit(String employee, String unit) {
        publish(employee, new EmployeeJoinedUnitEvent(employee, unit));
    }

    void deactivate(String employee) {
        publish(employee, new EmployeeDeactivatedEvent(employee));
    }

    void reactivate(String employee) {
        publish(employee, new EmployeeReactivatedEvent(employee));
    }

    String role(String id, List<Permission> permissions) {
        return role(id, permissions, List.of());
    }

    String role(String id, List<Permission> permissions, List<DealStageRule> rules) {
        publish(id, new RoleDefinedEvent(id, id, null, permissions, rules));
        return id;
    }

    void changeRole(String id, List<Permission> permissions) {
        publish(id, new RolePermissionsChangedEvent(id, id, permissions, List.of()));
    }

    void assign(String role, String employee) {
        publish(role, new RoleAssignedEvent(role, RoleSubject.EMPLOYEE, employee));
    }

    void assignToUnit(String role, String unit) {
        publish(role, new RoleAssignedEvent(role, RoleSubject.UNIT, unit));
    }

    void unassign(String role, String employee) {
        publish(role, new RoleUnassignedEvent(role, RoleSubject.EMPLOYEE, employee));
    }

    /** Publishes with the aggregate's next sequence number; returns that number. */
    long publish(String aggregateId, Object event) {
        long sequence = sequences.merge(aggregateId, 0L, (old, ignored) -> old + 1);
        deliver(aggregateId, sequence, event);
        return sequence;
    }

    /** Delivers an event with a given sequence number, e.g. again (a redelivery). */
    void deliver(String aggregateId, long sequence, Object event) {
        try {
            projection.handle(new GenericDomainEventMessage<>("Org", aggregateId, sequence, event));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        mongo.getDb().drop();
        client.close();
    }
}
