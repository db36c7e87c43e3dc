package io.salescrm.billing.reference.employee;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Finds employees (signature blocks of documents) in billing's reference read model. */
@Component
public class EmployeeReferences {

    private final MongoTemplate mongo;

    public EmployeeReferences(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<EmployeeReference> employee(String employeeId) {
        return Optional.ofNullable(mongo.findById(employeeId, EmployeeReference.class));
    }
}
