package io.salescrm.org.orgunit.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import io.salescrm.org.api.orgunit.CloseOrgUnitCommand;
import io.salescrm.org.api.orgunit.CreateOrgUnitCommand;
import io.salescrm.org.api.orgunit.MoveOrgUnitCommand;
import io.salescrm.org.api.orgunit.OrgStructure;
import io.salescrm.org.api.orgunit.OrgUnitClosedEvent;
import io.salescrm.org.api.orgunit.OrgUnitCreatedEvent;
import io.salescrm.org.api.orgunit.OrgUnitHeadSetEvent;
import io.salescrm.org.api.orgunit.OrgUnitKind;
import io.salescrm.org.api.orgunit.OrgUnitMovedEvent;
import io.salescrm.org.api.orgunit.OrgUnitRenamedEvent;
import io.salescrm.org.api.orgunit.RenameOrgUnitCommand;
import io.salescrm.org.api.orgunit.SetOrgUnitHeadCommand;
import io.salescrm.org.orgunit.config.OrgStructureSnapshots;
import io.salescrm.platform.rules.ConflictException;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.rules.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The whole org tree of the installation (company -> departments -> sales groups, any depth) as one event-sourced
 * aggregate with id {@link OrgStructure#ID}. Holding every unit in memory makes the tree's invariants checkable
 * in one place: exactly one company, created first; no cycles; names unique among open siblings; nothing new
 * under closed units. Snapshots (every {@value OrgStructureSnapshots#EVENTS_PER_SNAPSHOT} events) keep loading
 * cheap; the snapshot is this object serialised by Jackson, hence the field visibility below.
 */
@Aggregate(snapshotTriggerDefinition = OrgStructureSnapshots.TRIGGER, snapshotFilter = OrgStructureSnapshots.FILTER)
@Revision(OrgStructureSnapshots.REVISION)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class OrgStructureAggregate {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_ID_LENGTH = 64;
    /** Units in one installation, closed ones included. */
    public static final int MAX_UNITS = 10_000;
    /** Levels below the company (the company is level 0). */
    public static final int MAX_DEPTH = 30;

    @AggregateIdentifier
    private String structureId;
    private String companyUnitId;
    private Map<String, Unit> units = new LinkedHashMap<>();

    /** One node of the tree. */
    @JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
            isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
    static class Unit {
        OrgUnitKind kind;
        String name;
        String parentUnitId;
        String headEmployeeId;
        boolean closed;

        Unit() {
            // for Jackson (snapshots)
        }

        Unit(OrgUnitKind kind, String name, String parentUnitId) {
            this.kind = kind;
            this.name = name;
            this.parentUnitId = parentUnitId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Unit unit && kind == unit.kind && closed == unit.closed && Objects.equals(name, unit.name)
                   && Objects.equals(parentUnitId, unit.parentUnitId) && Objects.equals(headEmployeeId, unit.headEmployeeId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, name, parentUnitId, headEmployeeId, closed);
        }
    }

    protected OrgStructureAggregate() {
        // required by Axon to rebuild the aggregate from its events, and by Jackson to read a snapshot
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public String handle(CreateOrgUnitCommand command) {
        if (!OrgStructure.ID.equals(command.structureId())) {
            throw new InvalidFieldException("structureId", "must be " + OrgStructure.ID);
        }
        requireId(command.unitId(), "unitId");
        if (command.kind() == null) {
            throw new InvalidFieldException("kind", "must be one of COMPANY, DEPARTMENT, SALES_GROUP");
        }
        String name = requireName(command.name());
        if (structureId == null) {
            if (command.kind() != OrgUnitKind.COMPANY) {
                throw new RuleViolationException("company-first",
                        "The company must be created before any department or sales group.");
            }
            if (command.parentUnitId() != null) {
                throw new InvalidFieldException("parentUnitId", "must be empty for the company");
            }
            apply(new OrgUnitCreatedEvent(command.structureId(), command.unitId(), OrgUnitKind.COMPANY, name, null));
            return command.unitId();
        }
        if (command.kind() == OrgUnitKind.COMPANY) {
            throw new RuleViolationException("single-company",
                    "There is exactly one company (" + companyUnitId + "); create departments and sales groups under it.");
        }
        if (command.parentUnitId() == null || command.parentUnitId().isBlank()) {
            throw new InvalidFieldException("parentUnitId", "must name the parent unit");
        }
        if (units.containsKey(command.unitId())) {
            throw new ConflictException("unit-exists", "A unit with id " + command.unitId() + " already exists.");
        }
        Unit parent = existing(command.parentUnitId());
        if (parent.closed) {
            throw new RuleViolationException("parent-closed",
                    "Unit " + command.parentUnitId() + " is closed and takes no new units.");
        }
        if (units.size() >= MAX_UNITS) {
            throw new RuleViolationException("org-too-large", "The org structure is limited to " + MAX_UNITS + " units.");
        }
        if (depthOf(command.parentUnitId()) + 1 > MAX_DEPTH) {
            throw new RuleViolationException("org-too-deep",
                    "The org tree is limited to " + MAX_DEPTH + " levels below the company.");
        }
        requireFreeName(command.parentUnitId(), name, null);
        apply(new OrgUnitCreatedEvent(structureId, command.unitId(), command.kind(), name, command.parentUnitId()));
        return command.unitId();
    }

    @CommandHandler
    public void handle(RenameOrgUnitCommand command) {
        Unit unit = existing(command.unitId());
        String name = requireName(command.name());
        requireOpen(command.unitId(), unit);
        if (name.equals(unit.name)) {
            return;
        }
        if (unit.parentUnitId != null) {
            requireFreeName(unit.parentUnitId, name, command.unitId());
        }
        apply(new OrgUnitRenamedEvent(structureId, command.unitId(), name));
    }

    @CommandHandler
    public void handle(MoveOrgUnitCommand command) {
        Unit unit = existing(command.unitId());
        if (command.parentUnitId() == null || command.parentUnitId().isBlank()) {
            throw new InvalidFieldException("parentUnitId", "must name the new parent unit");
        }
        if (unit.kind == OrgUnitKind.COMPANY) {
            throw new RuleViolationException("company-cannot-move", "The company is the root of the tree and cannot be moved.");
        }
        Unit parent = existing(command.parentUnitId());
        requireOpen(command.unitId(), unit);
        if (isSelfOrDescendant(command.parentUnitId(), command.unitId())) {
            throw new RuleViolationException("org-cycle", command.parentUnitId().equals(command.unitId())
                    ? "A unit cannot be moved under itself."
                    : "Unit " + command.unitId() + " cannot be moved under " + command.parentUnitId()
                      + ", which is one of its own descendants: that would make a cycle.");
        }
        if (parent.closed) {
            throw new RuleViolationException("parent-closed",
                    "Unit " + command.parentUnitId() + " is closed and takes no new units.");
        }
        if (command.parentUnitId().equals(unit.parentUnitId)) {
            return;
        }
        if (depthOf(command.parentUnitId()) + 1 + heightBelow(command.unitId()) > MAX_DEPTH) {
            throw new RuleViolationException("org-too-deep",
                    "The org tree is limited to " + MAX_DEPTH + " levels below the company.");
        }
        requireFreeName(command.parentUnitId(), unit.name, command.unitId());
        apply(new OrgUnitMovedEvent(structureId, command.unitId(), unit.parentUnitId, command.parentUnitId()));
    }

    @CommandHandler
    public void handle(SetOrgUnitHeadCommand command, UnitStaff staff) {
        Unit unit = existing(command.unitId());
        requireOpen(command.unitId(), unit);
        String head = command.headEmployeeId();
        if (head != null && head.isBlank()) {
            head = null;
        }
        if (Objects.equals(head, unit.headEmployeeId)) {
            return;
        }
        if (head != null) {
            switch (staff.employeeStatus(head)) {
                case UNKNOWN -> throw NotFoundException.employee(head);
                case INACTIVE -> throw new RuleViolationException("head-inactive",
                        "Employee " + head + " is deactivated and cannot head a unit.");
                case ACTIVE -> {
                }
            }
        }
        apply(new OrgUnitHeadSetEvent(structureId, command.unitId(), head));
    }

    @CommandHandler
    public void handle(CloseOrgUnitCommand command, UnitStaff staff) {
        Unit unit = existing(command.unitId());
        if (unit.kind == OrgUnitKind.COMPANY) {
            throw new RuleViolationException("company-cannot-close", "The company cannot be closed.");
        }
        if (unit.closed) {
            return;
        }
        long openChildren = units.values().stream()
                .filter(other -> command.unitId().equals(other.parentUnitId) && !other.closed)
                .count();
        if (openChildren > 0) {
            throw new RuleViolationException("unit-has-open-children", "Unit " + command.unitId() + " still has "
                    + openChildren + " open child unit(s); close or move them first.");
        }
        if (staff.hasActiveMembers(command.unitId())) {
            throw new RuleViolationException("unit-has-members", "Unit " + command.unitId()
                    + " still has active members; move them to another unit or deactivate them first.");
        }
        apply(new OrgUnitClosedEvent(structureId, command.unitId()));
    }

    @EventSourcingHandler
    void on(OrgUnitCreatedEvent event) {
        if (event.kind() == OrgUnitKind.COMPANY) {
            structureId = event.structureId();
            companyUnitId = event.unitId();
        }
        units.put(event.unitId(), new Unit(event.kind(), event.name(), event.parentUnitId()));
    }

    @EventSourcingHandler
    void on(OrgUnitRenamedEvent event) {
        units.get(event.unitId()).name = event.name();
    }

    @EventSourcingHandler
    void on(OrgUnitMovedEvent event) {
        units.get(event.unitId()).parentUnitId = event.toParentUnitId();
    }

    @EventSourcingHandler
    void on(OrgUnitHeadSetEvent event) {
        units.get(event.unitId()).headEmployeeId = event.headEmployeeId();
    }

    @EventSourcingHandler
    void on(OrgUnitClosedEvent event) {
        units.get(event.unitId()).closed = true;
    }

    private Unit existing(String unitId) {
        Unit unit = unitId == null ? null : units.get(unitId);
        if (unit == null) {
            throw NotFoundException.unit(unitId);
        }
        return unit;
    }

    private static void requireOpen(String unitId, Unit unit) {
        if (unit.closed) {
            throw new RuleViolationException("unit-closed", "Unit " + unitId + " is closed.");
        }
    }

    private static void requireId(String id, String field) {
        if (id == null || id.isBlank()) {
            throw new InvalidFieldException(field, "must not be blank");
        }
        if (id.length() > MAX_ID_LENGTH) {
            throw new InvalidFieldException(field, "must be at most " + MAX_ID_LENGTH + " characters");
        }
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidFieldException("name", "must not be blank");
        }
        String stripped = name.strip();
        if (stripped.length() > MAX_NAME_LENGTH) {
            throw new InvalidFieldException("name", "must be at most " + MAX_NAME_LENGTH + " characters");
        }
        return stripped;
    }

    /** Names are unique among the open children of one parent, ignoring case. */
    private void requireFreeName(String parentUnitId, String name, String exceptUnitId) {
        String folded = name.toLowerCase(Locale.ROOT);
        units.entrySet().stream()
                .filter(entry -> !entry.getKey().equals(exceptUnitId))
                .filter(entry -> parentUnitId.equals(entry.getValue().parentUnitId) && !entry.getValue().closed)
                .filter(entry -> entry.getValue().name.toLowerCase(Locale.ROOT).equals(folded))
                .findFirst()
                .ifPresent(entry -> {
                    throw new ConflictException("duplicate-unit-name", "Unit " + parentUnitId
                            + " already has an open child unit named \"" + entry.getValue().name + "\" (" + entry.getKey() + ").");
                });
    }

    /** Whether {@code candidate} is {@code unitId} itself or lies below it. */
    private boolean isSelfOrDescendant(String candidate, String unitId) {
        for (String current = candidate; current != null; current = units.get(current).parentUnitId) {
            if (current.equals(unitId)) {
                return true;
            }
        }
        return false;
    }

    private int depthOf(String unitId) {
        int depth = 0;
        for (String current = units.get(unitId).parentUnitId; current != null; current = units.get(current).parentUnitId) {
            depth++;
        }
        return depth;
    }

    /** Levels of the subtree below {@code unitId} (0 for a leaf). */
    private int heightBelow(String unitId) {
        Map<String, List<String>> children = new HashMap<>();
        units.forEach((id, unit) -> {
            if (unit.parentUnitId != null) {
                children.computeIfAbsent(unit.parentUnitId, parent -> new ArrayList<>()).add(id);
            }
        });
        int height = 0;
        List<String> level = children.getOrDefault(unitId, List.of());
        while (!level.isEmpty()) {
            height++;
            level = level.stream().flatMap(id -> children.getOrDefault(id, List.of()).stream()).toList();
        }
        return height;
    }
}
