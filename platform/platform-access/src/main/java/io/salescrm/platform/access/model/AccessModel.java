package io.salescrm.platform.access.model;

import io.salescrm.org.api.role.RoleSubject;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Reads the access read model. Every read goes to the database (the model is small and indexed), so a role,
 * assignment or department change is in force as soon as the projection has applied its event.
 */
public class AccessModel {

    private final MongoTemplate mongo;

    public AccessModel(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<AccessEmployee> employee(String employeeId) {
        return employeeId == null ? Optional.empty()
                : Optional.ofNullable(mongo.findById(employeeId, AccessEmployee.class, AccessEmployee.COLLECTION));
    }

    /** The roles that apply to the employee: assigned to him, or to any unit he belongs to. Deleted roles do not. */
    public List<AccessRole> rolesOf(AccessEmployee employee) {
        List<String> subjects = new ArrayList<>();
        subjects.add(AccessRole.subject(RoleSubject.EMPLOYEE, employee.id()));
        employee.unitIds().forEach(unit -> subjects.add(AccessRole.subject(RoleSubject.UNIT, unit)));
        return mongo.find(Query.query(where("subjects").in(subjects).and("deleted").is(false)),
                AccessRole.class, AccessRole.COLLECTION);
    }

    /** The given units and every unit below them, at any depth. */
    public Set<String> withDescendants(Collection<String> unitIds) {
        Set<String> units = new LinkedHashSet<>(unitIds);
        if (unitIds.isEmpty()) {
            return units;
        }
        Query below = Query.query(where("path").in(unitIds));
        below.fields().include("_id");
        mongo.find(below, Document.class, AccessUnit.COLLECTION).forEach(unit -> units.add(unit.getString("_id")));
        return units;
    }

    /** Every employee (active or not: their records stay visible to their heads) belonging to any of the units. */
    public Set<String> membersOf(Collection<String> unitIds) {
        Set<String> members = new LinkedHashSet<>();
        if (unitIds.isEmpty()) {
            return members;
        }
        Query inUnits = Query.query(where("unitIds").in(unitIds));
        inUnits.fields().include("_id");
        mongo.find(inUnits, Document.class, AccessEmployee.COLLECTION).forEach(e -> members.add(e.getString("_id")));
        return members;
    }

    public boolean isActiveEmployee(String employeeId) {
        return employee(employeeId).map(AccessEmployee::active).orElse(false);
    }

    /** The indexes the reads above use. */
    public void ensureIndexes() {
        mongo.indexOps(AccessEmployee.COLLECTION).ensureIndex(new Index().on("unitIds", Sort.Direction.ASC));
        mongo.indexOps(AccessUnit.COLLECTION).ensureIndex(new Index().on("path", Sort.Direction.ASC));
        mongo.indexOps(AccessRole.COLLECTION).ensureIndex(new Index().on("subjects", Sort.Direction.ASC));
    }
}
