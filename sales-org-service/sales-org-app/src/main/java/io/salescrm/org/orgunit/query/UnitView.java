package io.salescrm.org.orgunit.query;

import io.salescrm.org.api.orgunit.OrgUnitKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * One org unit as the read model {@code orgunit_units} shows it. {@code version} is the sequence number of the
 * last org-structure event applied to this unit (all org-tree events come from one aggregate, so the numbers
 * are totally ordered).
 */
@Document(UnitView.COLLECTION)
public record UnitView(
        @Id String id,
        OrgUnitKind kind,
        String name,
        @Indexed String parentUnitId,
        String headEmployeeId,
        boolean closed,
        Instant createdAt,
        long version) {

    public static final String COLLECTION = "orgunit_units";
}
