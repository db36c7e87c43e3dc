package io.salescrm.platform.access.model;

import io.salescrm.org.api.employee.EmployeeDeactivatedEvent;
import io.salescrm.org.api.employee.EmployeeHiredEvent;
import io.salescrm.org.api.employee.EmployeeJoinedUnitEvent;
import io.salescrm.org.api.employee.EmployeeLeftUnitEvent;
import io.salescrm.org.api.employee.EmployeeMovedEvent;
import io.salescrm.org.api.employee.EmployeeReactivatedEvent;
import io.salescrm.org.api.orgunit.OrgUnitClosedEvent;
import io.salescrm.org.api.orgunit.OrgUnitCreatedEvent;
import io.salescrm.org.api.orgunit.OrgUnitHeadSetEvent;
import io.salescrm.org.api.orgunit.OrgUnitMovedEvent;
import io.salescrm.org.api.orgunit.OrgUnitRenamedEvent;
import io.salescrm.org.api.role.RoleAssignedEvent;
import io.salescrm.org.api.role.RoleDefinedEvent;
import io.salescrm.org.api.role.RoleDeletedEvent;
import io.salescrm.org.api.role.RolePermissionsChangedEvent;
import io.salescrm.org.api.role.RoleUnassignedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Builds the access read model ({@code access_units}, {@code access_employees}, {@code access_roles}) from the
 * org events. Idempotent under redelivery and replay: every employee and role document carries the sequence number
 * of the last event applied to it and ignores events at or below it; the org tree (one aggregate, so totally
 * ordered) keeps its last applied sequence in {@code access_structure}. Re-applying the latest event once more,
 * as after a crash between the write and the sequence update, gives the same state.
 */
@ProcessingGroup(AccessModelProjection.GROUP)
public class AccessModelProjection {

    public static final String GROUP = "access-model";
    static final String STRUCTURE_COLLECTION = "access_structure";

    private final MongoTemplate mongo;

    public AccessModelProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    // --- org tree --------------------------------------------------------------------------------------------

    @EventHandler
    void on(OrgUnitCreatedEvent event, @SequenceNumber long sequence) {
        structureEvent(event.structureId(), sequence, () -> {
            List<String> path = event.parentUnitId() == null ? List.of() : pathBelow(event.parentUnitId());
            mongo.save(new AccessUnit(event.unitId(), event.kind(), event.name(), event.parentUnitId(), path, null, false),
                    AccessUnit.COLLECTION);
        });
    }

    @EventHandler
    void on(OrgUnitRenamedEvent event, @SequenceNumber long sequence) {
        structureEvent(event.structureId(), sequence, () -> setOnUnit(event.unitId(), "name", event.name()));
    }

    @EventHandler
    void on(OrgUnitHeadSetEvent event, @SequenceNumber long sequence) {
        structureEvent(event.structureId(), sequence, () -> setOnUnit(event.unitId(), "headEmployeeId", event.headEmployeeId()));
    }

    @EventHandler
    void on(OrgUnitClosedEvent event, @SequenceNumber long sequence) {
        structureEvent(event.structureId(), sequence, () -> setOnUnit(event.unitId(), "closed", true));
    }

    @EventHandler
    void on(OrgUnitMovedEvent event, @SequenceNumber long sequence) {
        structureEvent(event.structureId(), sequence, () -> {
            AccessUnit unit = mongo.findById(event.unitId(), AccessUnit.class, AccessUnit.COLLECTION);
            if (unit == null) {
                return;
            }
            List<String> newPath = event.toParentUnitId() == null ? List.of() : pathBelow(event.toParentUnitId());
            mongo.updateFirst(Query.query(where("_id").is(unit.id())),
                    new Update().set("parentId", event.toParentUnitId()).set("path", newPath), AccessUnit.COLLECTION);
            List<String> movedPrefix = new ArrayList<>(newPath);
            movedPrefix.add(unit.id());
            for (AccessUnit descendant : mongo.find(Query.query(where("path").is(unit.id())), AccessUnit.class, AccessUnit.COLLECTION)) {
                List<String> old = descendant.path();
                List<String> path = new ArrayList<>(movedPrefix);
                path.addAll(old.subList(old.indexOf(unit.id()) + 1, old.size()));
                mongo.updateFirst(Query.query(where("_id").is(descendant.id())), new Update().set("path", path), AccessUnit.COLLECTION);
            }
        });
    }

    private List<String> pathBelow(String parentId) {
        AccessUnit parent = mongo.findById(parentId, AccessUnit.class, AccessUnit.COLLECTION);
        return parent == null ? List.of(parentId) : parent.childPath();
    }

    private void setOnUnit(String unitId, String field, Object value) {
        mongo.updateFirst(Query.query(where("_id").is(unitId)), new Update().set(field, value), AccessUnit.COLLECTION);
    }

    private void structureEvent(String structureId, long sequence, Runnable change) {
        Document applied = mongo.findById(structureId, Document.class, STRUCTURE_COLLECTION);
        if (applied != null && applied.get("sequence", Number.class).longValue() >= sequence) {
            return;
        }
        change.run();
        mongo.upsert(Query.query(where("_id").is(structureId)), new Update().set("sequence", sequence), STRUCTURE_COLLECTION);
    }

    // --- employees -------------------------------------------------------------------------------------------

    @EventHandler
    void on(EmployeeHiredEvent event, @SequenceNumber long sequence) {
        employeeEvent(event.employeeId(), sequence, current -> new AccessEmployee(event.employeeId(), event.login(),
                event.primaryUnitId(), List.of(event.primaryUnitId()), true, sequence));
    }

    @EventHandler
    void on(EmployeeMovedEvent event, @SequenceNumber long sequence) {
        employeeEvent(event.employeeId(), sequence, current -> {
            LinkedHashSet<String> units = new LinkedHashSet<>();
            units.add(event.toUnitId());
            current.unitIds().stream().filter(u -> !u.equals(event.fromUnitId())).forEach(units::add);
            return new AccessEmployee(current.id(), current.login(), event.toUnitId(), List.copyOf(units), current.active(), sequence);
        });
    }

    @EventHandler
    void on(EmployeeJoinedUnitEvent event, @SequenceNumber long sequence) {
        employeeEvent(event.employeeId(), sequence, current -> {
            LinkedHashSet<String> units = new LinkedHashSet<>(current.unitIds());
            units.add(event.unitId());
            return new AccessEmployee(current.id(), current.login(), current.primaryUnitId(), List.copyOf(units), current.active(), sequence);
        });
    }

    @EventHandler
    void on(EmployeeLeftUnitEvent event, @SequenceNumber long sequence) {
        employeeEvent(event.employeeId(), sequence, current -> {
            List<String> units = current.unitIds().stream()
                    .filter(u -> !u.equals(event.unitId()) || u.equals(current.primaryUnitId())).toList();
            return new AccessEmployee(current.id(), current.login(), current.primaryUnitId(), units, current.active(), sequence);
        });
    }

    @EventHandler
    void on(EmployeeDeactivatedEvent event, @SequenceNumber long sequence) {
        employeeEvent(event.employeeId(), sequence, current -> new AccessEmployee(current.id(), current.login(),
                current.primaryUnitId(), current.unitIds(), false, sequence));
    }

    @EventHandler
    void on(EmployeeReactivatedEvent event, @SequenceNumber long sequence) {
        employeeEvent(event.employeeId(), sequence, current -> new AccessEmployee(current.id(), current.login(),
                current.primaryUnitId(), current.unitIds(), true, sequence));
    }

    private void employeeEvent(String employeeId, long sequence, UnaryOperator<AccessEmployee> change) {
        AccessEmployee current = mongo.findById(employeeId, AccessEmployee.class, AccessEmployee.COLLECTION);
        if (current != null && current.sequence() >= sequence) {
            return;
        }
        AccessEmployee base = current != null ? current : new AccessEmployee(employeeId, null, null, List.of(), true, -1);
        replace(employeeId, change.apply(base), AccessEmployee.COLLECTION);
    }

    // --- roles and their assignments -------------------------------------------------------------------------

    @EventHandler
    void on(RoleDefinedEvent event, @SequenceNumber long sequence) {
        roleEvent(event.roleId(), sequence, current -> new AccessRole(event.roleId(), event.name(), event.predefinedKey(),
                event.permissions(), event.dealRules(), current.subjects(), false, sequence));
    }

    @EventHandler
    void on(RolePermissionsChangedEvent event, @SequenceNumber long sequence) {
        roleEvent(event.roleId(), sequence, current -> new AccessRole(current.id(), event.name(), current.predefinedKey(),
                event.permissions(), event.dealRules(), current.subjects(), current.deleted(), sequence));
    }

    @EventHandler
    void on(RoleAssignedEvent event, @SequenceNumber long sequence) {
        roleEvent(event.roleId(), sequence, current -> {
            LinkedHashSet<String> subjects = new LinkedHashSet<>(current.subjects());
            subjects.add(AccessRole.subject(event.subjectType(), event.subjectId()));
            return new AccessRole(current.id(), current.name(), current.predefinedKey(), current.permissions(),
                    current.dealRules(), List.copyOf(subjects), current.deleted(), sequence);
        });
    }

    @EventHandler
    void on(RoleUnassignedEvent event, @SequenceNumber long sequence) {
        roleEvent(event.roleId(), sequence, current -> {
            String gone = AccessRole.subject(event.subjectType(), event.subjectId());
            return new AccessRole(current.id(), current.name(), current.predefinedKey(), current.permissions(),
                    current.dealRules(), current.subjects().stream().filter(s -> !s.equals(gone)).toList(),
                    current.deleted(), sequence);
        });
    }

    @EventHandler
    void on(RoleDeletedEvent event, @SequenceNumber long sequence) {
        roleEvent(event.roleId(), sequence, current -> new AccessRole(current.id(), current.name(), current.predefinedKey(),
                List.of(), List.of(), List.of(), true, sequence));
    }

    private void roleEvent(String roleId, long sequence, UnaryOperator<AccessRole> change) {
        AccessRole current = mongo.findById(roleId, AccessRole.class, AccessRole.COLLECTION);
        if (current != null && current.sequence() >= sequence) {
            return;
        }
        AccessRole base = current != null ? current : new AccessRole(roleId, null, null, List.of(), List.of(), List.of(), false, -1);
        replace(roleId, change.apply(base), AccessRole.COLLECTION);
    }

    private <T> void replace(String id, T document, String collection) {
        mongo.save(document, collection); // a replacement keyed by the id (upsert)
    }
}
