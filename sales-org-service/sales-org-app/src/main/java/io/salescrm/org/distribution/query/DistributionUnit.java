package io.salescrm.org.distribution.query;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What distribution knows of an org unit (collection {@code distribution_units}): whether it exists and is open.
 * {@code closed} is null while the unit's creation has not been seen.
 */
@Document(DistributionOrgProjection.UNITS)
public record DistributionUnit(@Id String id, String name, Boolean closed, long version) {
}
