package io.salescrm.analytics.receivable;

import io.salescrm.analytics.org.EmployeeUnits;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Re-attributes an employee's issued invoices to his unit at issue time once his unit history changed. */
@Component
public class InvoiceFactGroups {

    private final MongoTemplate mongo;
    private final EmployeeUnits units;

    public InvoiceFactGroups(MongoTemplate mongo, EmployeeUnits units) {
        this.mongo = mongo;
        this.units = units;
    }

    public void regroup(String employeeId) {
        Query ofEmployee = Query.query(Criteria.where(InvoiceFact.RESPONSIBLE).is(employeeId));
        try (var facts = mongo.stream(ofEmployee, InvoiceFact.class)) {
            facts.forEach(fact -> {
                if (fact.regroup(units::unitAt)) {
                    mongo.save(fact);
                }
            });
        }
    }
}
