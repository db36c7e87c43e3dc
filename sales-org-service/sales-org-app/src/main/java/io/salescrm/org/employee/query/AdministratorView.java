package io.salescrm.org.employee.query;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Per employee (id): whether the Administrator role is assigned to the employee directly, and whether the
 * employee is active, in read model {@code employee_admins}. The two facts come from different aggregates (the
 * Administrator role and the employee), so each keeps its own version: the sequence number of the last event of
 * that aggregate applied (-1 before any).
 */
@Document(AdministratorView.COLLECTION)
public record AdministratorView(
        @Id String id,
        boolean administrator,
        boolean active,
        long roleVersion,
        long employeeVersion) {

    public static final String COLLECTION = "employee_admins";
}
