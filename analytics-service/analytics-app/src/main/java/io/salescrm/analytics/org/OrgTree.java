package io.salescrm.analytics.org;

import io.salescrm.org.api.orgunit.OrgUnitKind;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/** The org tree and its members as analytics knows them now. */
@Component
public class OrgTree {

    private final MongoTemplate mongo;

    public OrgTree(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** {@code unitId} and every unit below it. */
    public Set<String> unitAndDescendants(String unitId) {
        Set<String> units = new HashSet<>(Set.of(unitId));
        ArrayDeque<String> toVisit = new ArrayDeque<>(List.of(unitId));
        while (!toVisit.isEmpty()) {
            for (OrgUnit child : mongo.find(Query.query(Criteria.where("parentUnitId").is(toVisit.pop())), OrgUnit.class)) {
                if (units.add(child.unitId())) {
                    toVisit.push(child.unitId());
                }
            }
        }
        return units;
    }

    /** The nearest unit of kind DEPARTMENT at or above {@code unitId} in the tree now; null when there is none. */
    public String departmentOf(String unitId) {
        Set<String> seen = new HashSet<>();
        String current = unitId;
        while (current != null && seen.add(current)) {
            OrgUnit unit = mongo.findById(current, OrgUnit.class);
            if (unit == null) {
                return null;
            }
            if (OrgUnitKind.DEPARTMENT.name().equals(unit.kind())) {
                return unit.unitId();
            }
            current = unit.parentUnitId();
        }
        return null;
    }

    /**
     * Rolls groups up to their departments ({@link #departmentOf}) for one report: each group's ancestry is read once
     * per resolver, so rows of many facts of one group cost one walk up the tree. A null group has no department.
     */
    public UnaryOperator<String> departmentsOfGroups() {
        Map<String, Optional<String>> departments = new HashMap<>();
        return group -> group == null ? null
                : departments.computeIfAbsent(group, g -> Optional.ofNullable(departmentOf(g))).orElse(null);
    }

    /** The employees whose primary unit is now one of {@code units}. */
    public Set<String> membersOf(Set<String> units) {
        Set<String> members = new HashSet<>();
        Query inUnits = Query.query(Criteria.where("memberships.unitId").in(units));
        for (EmployeeUnitHistory history : mongo.find(inUnits, EmployeeUnitHistory.class)) {
            String current = history.memberships().get(history.memberships().size() - 1).unitId();
            if (units.contains(current)) {
                members.add(history.employeeId());
            }
        }
        return members;
    }
}
