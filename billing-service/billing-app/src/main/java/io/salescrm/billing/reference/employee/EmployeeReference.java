package io.salescrm.billing.reference.employee;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Billing's read model of an employee, from the org topic: what a document's signature block prints.
 * {@code version} is the sequence number of the last event of the employee aggregate applied.
 */
@Document("ref_employees")
public record EmployeeReference(@Id String id, String fullName, String email, String position, boolean active, long version) {
}
