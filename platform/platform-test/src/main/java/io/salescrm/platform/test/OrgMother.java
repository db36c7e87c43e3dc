package io.salescrm.platform.test;

import io.salescrm.org.api.OrgTopic;
import io.salescrm.org.api.employee.EmployeeDeactivatedEvent;
import io.salescrm.org.api.employee.EmployeeHiredEvent;
import io.salescrm.org.api.employee.EmployeeJoinedUnitEvent;
import io.salescrm.org.api.employee.EmployeeLeftUnitEvent;
import io.salescrm.org.api.employee.EmployeeMovedEvent;
import io.salescrm.org.api.employee.EmployeeReactivatedEvent;
import io.salescrm.org.api.orgunit.OrgStructure;
import io.salescrm.org.api.orgunit.OrgUnitCreatedEvent;
import io.salescrm.org.api.orgunit.OrgUnitKind;
import io.salescrm.org.api.orgunit.OrgUnitMovedEvent;
import io.salescrm.org.api.role.AccessLevel;
import io.salescrm.org.api.role.Action;
import io.salescrm.org.api.role.DealStageRule;
import io.salescrm.org.api.role.EntityType;
import io.salescrm.org.api.role.Permission;
import io.salescrm.org.api.role.PredefinedRoles;
import io.salescrm.org.api.role.RoleAssignedEvent;
import io.salescrm.org.api.role.RoleDefinedEvent;
import io.salescrm.org.api.role.RolePermissionsChangedEvent;
import io.salescrm.org.api.role.RoleSubject;
import io.salescrm.org.api.role.RoleUnassignedEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes org events to {@code crm.org.events} exactly as the sales-org service would (keyed by aggregate: the
 * structure {@link OrgStructure#ID} for unit events, the employee id, the role id), so a service's access read
 * model can be fed without the sales-org service. Every test context reads that topic from its beginning, so
 * ids are made unique per JVM and sequence numbers continue across tests of one JVM (a shared aggregate such as
 * the org structure or a predefined role keeps growing; the projection's sequence guard then stays correct).
 */
public final class OrgMother implements AutoCloseable {

    private static final Map<String, AtomicLong> SEQUENCES = new ConcurrentHashMap<>();
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final AtomicInteger COUNTER = new AtomicInteger();
    /** The brokers (bootstrap servers) that have the predefined roles already. */
    private static final java.util.Set<String> PREDEFINED_ROLES_PUBLISHED = ConcurrentHashMap.newKeySet();

    private final KafkaEventWriter kafka;
    private final String bootstrapServers;

    public OrgMother(String bootstrapServers) {
        this.kafka = new KafkaEventWriter(bootstrapServers);
        this.bootstrapServers = bootstrapServers;
    }

    /** A mother publishing to the test JVM's embedded broker. */
    public static OrgMother onEmbeddedKafka() {
        return new OrgMother(EmbeddedInfrastructure.kafkaBootstrapServers());
    }

    /** An id unique in this JVM, readable in logs: {@code <prefix>-<run>-<n>}. */
    public static String uniqueId(String prefix) {
        return prefix + "-" + RUN + "-" + COUNTER.incrementAndGet();
    }

    // --- the org tree ------------------------------------------------------------------------------------------

    public String unit(OrgUnitKind kind, String name, String parentUnitId) {
        String id = uniqueId(kind.name().toLowerCase().replace('_', '-'));
        publish("OrgStructure", OrgStructure.ID, new OrgUnitCreatedEvent(OrgStructure.ID, id, kind, name, parentUnitId));
        return id;
    }

    public String company(String name) {
        return unit(OrgUnitKind.COMPANY, name, null);
    }

    public String department(String name, String parentUnitId) {
        return unit(OrgUnitKind.DEPARTMENT, name, parentUnitId);
    }

    public String salesGroup(String name, String parentUnitId) {
        return unit(OrgUnitKind.SALES_GROUP, name, parentUnitId);
    }

    public void moveUnit(String unitId, String fromParentUnitId, String toParentUnitId) {
        publish("OrgStructure", OrgStructure.ID, new OrgUnitMovedEvent(OrgStructure.ID, unitId, fromParentUnitId, toParentUnitId));
    }

    // --- employees ---------------------------------------------------------------------------------------------

    /** Hires an employee into his primary unit; returns his id. */
    public String employee(String name, String primaryUnitId) {
        String id = uniqueId(name.toLowerCase().replaceAll("[^a-z0-9]+", "-"));
        publish("Employee", id, new EmployeeHiredEvent(id, id, name, id + "@example.test", "Sales", primaryUnitId));
        return id;
    }

    public void joinUnit(String employeeId, String unitId) {
        publish("Employee", employeeId, new EmployeeJoinedUnitEvent(employeeId, unitId));
    }

    public void leaveUnit(String employeeId, String unitId) {
        publish("Employee", employeeId, new EmployeeLeftUnitEvent(employeeId, unitId));
    }

    public void moveEmployee(String employeeId, String fromUnitId, String toUnitId) {
        publish("Employee", employeeId, new EmployeeMovedEvent(employeeId, fromUnitId, toUnitId));
    }

    public void deactivate(String employeeId) {
        publish("Employee", employeeId, new EmployeeDeactivatedEvent(employeeId));
    }

    public void reactivate(String employeeId) {
        publish("Employee", employeeId, new EmployeeReactivatedEvent(employeeId));
    }

    // --- roles -------------------------------------------------------------------------------------------------

    /** Defines a custom role; returns its id. */
    public String role(String name, List<Permission> permissions) {
        return role(name, permissions, List.of());
    }

    public String role(String name, List<Permission> permissions, List<DealStageRule> dealRules) {
        String id = uniqueId("role");
        publish("Role", id, new RoleDefinedEvent(id, name, null, permissions, dealRules));
        return id;
    }

    public void changeRole(String roleId, String name, List<Permission> permissions) {
        publish("Role", roleId, new RolePermissionsChangedEvent(roleId, name, permissions, List.of()));
    }

    public void assign(String roleId, String employeeId) {
        publish("Role", roleId, new RoleAssignedEvent(roleId, RoleSubject.EMPLOYEE, employeeId));
    }

    public void assignToUnit(String roleId, String unitId) {
        publish("Role", roleId, new RoleAssignedEvent(roleId, RoleSubject.UNIT, unitId));
    }

    public void unassign(String roleId, String employeeId) {
        publish("Role", roleId, new RoleUnassignedEvent(roleId, RoleSubject.EMPLOYEE, employeeId));
    }

    /**
     * Defines the five predefined roles with the matrices the issue describes (once per broker and JVM): Administrator and
     * Head of sales ALL, Group head SUBDEPARTMENTS, Manager OWN (reading open records too), Analyst READ and
     * EXPORT on analytics only.
     */
    public OrgMother withPredefinedRoles() {
        synchronized (OrgMother.class) {
            if (!PREDEFINED_ROLES_PUBLISHED.contains(bootstrapServers)) {
                definePredefined(PredefinedRoles.ADMINISTRATOR, "Administrator", "ADMINISTRATOR", everything(AccessLevel.ALL));
                definePredefined(PredefinedRoles.HEAD_OF_SALES, "Head of sales", "HEAD_OF_SALES", everything(AccessLevel.ALL));
                definePredefined(PredefinedRoles.GROUP_HEAD, "Group head", "GROUP_HEAD", everything(AccessLevel.SUBDEPARTMENTS));
                definePredefined(PredefinedRoles.MANAGER, "Manager", "MANAGER", manager());
                definePredefined(PredefinedRoles.ANALYST, "Analyst", "ANALYST", List.of(
                        new Permission(EntityType.ANALYTICS, Action.READ, AccessLevel.ALL),
                        new Permission(EntityType.ANALYTICS, Action.EXPORT, AccessLevel.ALL)));
                PREDEFINED_ROLES_PUBLISHED.add(bootstrapServers);
            }
        }
        return this;
    }

    private void definePredefined(String roleId, String name, String key, List<Permission> permissions) {
        publish("Role", roleId, new RoleDefinedEvent(roleId, name, key, permissions, List.of()));
    }

    /** Every entity and action at one level. */
    public static List<Permission> everything(AccessLevel level) {
        List<Permission> all = new ArrayList<>();
        for (EntityType entity : EntityType.values()) {
            for (Action action : Action.values()) {
                all.add(new Permission(entity, action, level));
            }
        }
        return all;
    }

    /** The Manager matrix: OWN everywhere, READ of open records too (OPEN), nothing on the org itself. */
    public static List<Permission> manager() {
        List<Permission> permissions = new ArrayList<>();
        for (EntityType entity : EntityType.values()) {
            if (entity == EntityType.ORG) {
                continue;
            }
            for (Action action : Action.values()) {
                permissions.add(new Permission(entity, action,
                        action == Action.READ && entity != EntityType.ANALYTICS ? AccessLevel.OPEN : AccessLevel.OWN));
            }
        }
        return permissions;
    }

    // --- publishing --------------------------------------------------------------------------------------------

    private void publish(String aggregateType, String aggregateId, Object event) {
        long sequence = SEQUENCES.computeIfAbsent(aggregateId, id -> new AtomicLong(-1)).incrementAndGet();
        kafka.send(kafka.record(OrgTopic.NAME, aggregateType, aggregateId, sequence, event));
    }

    @Override
    public void close() {
        kafka.close();
    }
}
