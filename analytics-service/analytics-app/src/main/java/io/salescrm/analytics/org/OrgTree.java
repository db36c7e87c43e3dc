package io.salescrm.analytics.org;

import io.salescrm.org.api.orgunit.OrgUnitKind;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
