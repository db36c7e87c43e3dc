package io.salescrm.analytics.deal;

import io.salescrm.analytics.org.EmployeeUnits;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Re-attributes an employee's deal facts to his units once his unit history changed. */
@Component
public class DealFactGroups {

    private final MongoTemplate mongo;
    private final EmployeeUnits units;

    public DealFactGroups(MongoTemplate mongo, EmployeeUnits units) {
        this.mongo = mongo;
        this.units = units;
    }

    public void regroup(String employeeId) {
        Query ofEmployee = Query.query(new Criteria().orOperator(
                Criteria.where("created.responsibleId").is(employeeId),
                Criteria.where("closed.responsibleId").is(employeeId)));
        try (var facts = mongo.stream(ofEmployee, DealFact.class)) {
            facts.forEach(fact -> {
                if (fact.regroup(employeeId, units::unitAt)) {
                    mongo.save(fact);
                }
            });
        }
    }
}
