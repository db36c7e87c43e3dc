package io.salescrm.analytics.org;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/** Reads and records employees' unit histories. */
@Component
public class EmployeeUnits {

    private final MongoTemplate mongo;

    public EmployeeUnits(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The primary unit of {@code employeeId} at {@code instant}, null when unknown. */
    public String unitAt(String employeeId, Instant instant) {
        if (employeeId == null) {
            return null;
        }
        EmployeeUnitHistory history = mongo.findById(employeeId, EmployeeUnitHistory.class);
        return history == null ? null : history.unitAt(instant);
    }

    /** Records a membership once (keyed by its event id); whether it was new. */
    boolean record(String employeeId, UnitMembership membership) {
        EmployeeUnitHistory history = mongo.findById(employeeId, EmployeeUnitHistory.class);
        if (history == null) {
            history = new EmployeeUnitHistory(employeeId, List.of());
        }
        if (history.knows(membership.eventId())) {
            return false;
        }
        mongo.save(history.with(membership));
        return true;
    }
}
