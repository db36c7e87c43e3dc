package io.salescrm.org.target.web;

import io.salescrm.org.api.target.TargetSubjectType;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Checks that the subject of a target exists, in this service's read models of the org tree
 * ({@code orgunit_units}, for COMPANY and UNIT) and of employees ({@code employee_employees}), by document id.
 * Where a read model does not exist (yet), only the id's format is checked (by the request validation).
 */
@Component
public class TargetSubjects {

    static final String UNITS = "orgunit_units";
    static final String EMPLOYEES = "employee_employees";

    private final MongoTemplate mongo;

    public TargetSubjects(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A 404 problem unless the subject exists (or its read model does not exist). */
    public void requireExists(TargetSubjectType type, String id) {
        if (type == null || id == null) {
            return;
        }
        String collection = type == TargetSubjectType.EMPLOYEE ? EMPLOYEES : UNITS;
        if (!mongo.collectionExists(collection)) {
            return;
        }
        if (!mongo.exists(Query.query(Criteria.where("_id").is(id)), collection)) {
            throw new ResponseStatusException(NOT_FOUND,
                    (type == TargetSubjectType.EMPLOYEE ? "No employee" : "No unit") + " with id " + id + ".");
        }
    }
}
