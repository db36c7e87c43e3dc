package io.salescrm.analytics.org;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A unit of the org tree as it is now (parent and kind), in collection {@code org_units}; {@code sequence} is the org structure's
 * event sequence that last set it (the whole tree is one aggregate, so later events carry higher numbers).
 */
@Document(OrgUnit.COLLECTION)
public record OrgUnit(@Id String unitId, String parentUnitId, String kind, long sequence) {

    public static final String COLLECTION = "org_units";
}
