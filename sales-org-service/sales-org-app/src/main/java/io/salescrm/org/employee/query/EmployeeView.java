package io.salescrm.org.employee.query;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * One employee as the read model {@code employee_employees} shows it: the profile, the primary unit, every unit
 * the employee belongs to ({@code unitIds}: the primary one first, then the further ones) and whether the account
 * is active. No credential of any kind is ever kept here. {@code version} is the sequence number of the last
 * event of the employee applied.
 */
@Document(EmployeeView.COLLECTION)
public record EmployeeView(
        @Id String id,
        @Indexed String login,
        String fullName,
        String email,
        String position,
        String primaryUnitId,
        @Indexed List<String> unitIds,
        boolean active,
        Instant hiredAt,
        long version) {

    public static final String COLLECTION = "employee_employees";
}
