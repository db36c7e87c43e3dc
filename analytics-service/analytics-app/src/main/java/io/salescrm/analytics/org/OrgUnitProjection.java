package io.salescrm.analytics.org;

import io.salescrm.analytics.AnalyticsProcessing;
import io.salescrm.org.api.orgunit.OrgUnitCreatedEvent;
import io.salescrm.org.api.orgunit.OrgUnitMovedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Keeps the org tree's parent links and unit kinds (for targets of a unit, which cover its sub-units, and departments). */
@Component
@ProcessingGroup(AnalyticsProcessing.GROUP)
public class OrgUnitProjection {

    private final MongoTemplate mongo;

    public OrgUnitProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(OrgUnitCreatedEvent event, @SequenceNumber long sequence) {
        place(event.unitId(), event.parentUnitId(), event.kind().name(), sequence);
    }

    @EventHandler
    void on(OrgUnitMovedEvent event, @SequenceNumber long sequence) {
        OrgUnit known = mongo.findById(event.unitId(), OrgUnit.class);
        place(event.unitId(), event.toParentUnitId(), known == null ? null : known.kind(), sequence);
    }

    private void place(String unitId, String parentUnitId, String kind, long sequence) {
        OrgUnit known = mongo.findById(unitId, OrgUnit.class);
        if (known == null || sequence > known.sequence()) {
            mongo.save(new OrgUnit(unitId, parentUnitId, kind, sequence));
        }
    }
}
