package io.salescrm.org.distribution.query;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;

/**
 * What distribution knows of an employee (collection {@code distribution_employees}), from the employee events
 * of the local event store: active or not, and the units they belong to. {@code active} is null while the
 * employee's hiring has not been seen.
 */
@Document(DistributionOrgProjection.EMPLOYEES)
public record DistributionEmployee(
        @Id String id,
        @Indexed Boolean active,
        @Indexed String primaryUnitId,
        @Indexed List<String> furtherUnitIds,
        long version) {
}
