package io.salescrm.platform.access.model;

import org.springframework.data.annotation.Id;

import java.util.List;

/**
 * One employee in collection {@value #COLLECTION}: the units he belongs to ({@code unitIds}: the primary unit
 * first, then the further ones) and whether he is active. {@code sequence} is the last applied event of the
 * employee, so redelivered or replayed events change nothing.
 */
public record AccessEmployee(@Id String id, String login, String primaryUnitId, List<String> unitIds, boolean active,
                             long sequence) {

    public static final String COLLECTION = "access_employees";

    public AccessEmployee {
        unitIds = unitIds == null ? List.of() : List.copyOf(unitIds);
    }
}
