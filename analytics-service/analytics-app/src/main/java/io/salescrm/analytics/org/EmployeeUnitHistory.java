package io.salescrm.analytics.org;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The primary units an employee has had, in collection {@code employee_units}: figures are attributed to the unit of
 * the responsible employee at the time of each fact. Before the first known membership the first one counts (the
 * employee's deals can be older than the org events that describe him).
 */
@Document(EmployeeUnitHistory.COLLECTION)
public record EmployeeUnitHistory(@Id String employeeId, List<UnitMembership> memberships) {

    public static final String COLLECTION = "employee_units";

    public EmployeeUnitHistory {
        memberships = memberships.stream()
                .sorted(Comparator.comparing(UnitMembership::since).thenComparing(UnitMembership::eventId)).toList();
    }

    boolean knows(String eventId) {
        return memberships.stream().anyMatch(m -> m.eventId().equals(eventId));
    }

    EmployeeUnitHistory with(UnitMembership membership) {
        List<UnitMembership> all = new ArrayList<>(memberships);
        all.add(membership);
        return new EmployeeUnitHistory(employeeId, all);
    }

    /** The employee's primary unit at {@code instant}. */
    public String unitAt(Instant instant) {
        String unit = memberships.isEmpty() ? null : memberships.get(0).unitId();
        for (UnitMembership membership : memberships) {
            if (membership.since().isAfter(instant)) {
                break;
            }
            unit = membership.unitId();
        }
        return unit;
    }
}
