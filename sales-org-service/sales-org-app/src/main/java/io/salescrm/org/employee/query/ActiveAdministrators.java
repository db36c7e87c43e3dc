package io.salescrm.org.employee.query;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Who holds the Administrator role (assigned directly to the employee) and is active, from read model
 * {@code employee_admins}. Guards the rule that an installation always keeps at least one active administrator:
 * deactivating one (here) and taking the role away from one (roles) are refused for the last. The read model
 * follows the events within moments, so two such changes racing each other within that window could both pass.
 */
@Component
public class ActiveAdministrators {

    private final MongoTemplate mongo;

    public ActiveAdministrators(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Whether the employee is an active administrator and no other active administrator exists. */
    public boolean isLastActiveAdministrator(String employeeId) {
        return isActiveAdministrator(employeeId) && count() == 1;
    }

    public boolean isActiveAdministrator(String employeeId) {
        return employeeId != null && mongo.exists(query(where("_id").is(employeeId)
                .and("administrator").is(true).and("active").is(true)), AdministratorView.class);
    }

    /** How many active employees hold the Administrator role directly. */
    public long count() {
        return mongo.count(activeAdministrators(), AdministratorView.class);
    }

    private static Query activeAdministrators() {
        return query(where("administrator").is(true).and("active").is(true));
    }
}
