package io.salescrm.pipeline.company.query;

import io.salescrm.pipeline.api.company.CompanyAbsorbedEvent;
import io.salescrm.pipeline.api.company.CompanyAssignedEvent;
import io.salescrm.pipeline.api.company.CompanyCreatedEvent;
import io.salescrm.pipeline.api.company.CompanyDetailsChangedEvent;
import io.salescrm.pipeline.api.company.CompanyMergedIntoEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Keeps {@code companies} up to date through {@link CompanyView#evolve}; redelivered events change nothing. */
@Component
@ProcessingGroup("company-view")
public class CompanyViewProjection {

    private final MongoTemplate mongo;

    public CompanyViewProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(CompanyCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        project(event.companyId(), event, sequence, timestamp);
    }

    @EventHandler
    void on(CompanyDetailsChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        project(event.companyId(), event, sequence, timestamp);
    }

    @EventHandler
    void on(CompanyAssignedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        project(event.companyId(), event, sequence, timestamp);
    }

    @EventHandler
    void on(CompanyMergedIntoEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        project(event.companyId(), event, sequence, timestamp);
    }

    @EventHandler
    void on(CompanyAbsorbedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        project(event.companyId(), event, sequence, timestamp);
    }

    private void project(String companyId, Object event, long sequence, Instant timestamp) {
        CompanyView before = mongo.findById(companyId, CompanyView.class);
        long versionBefore = before == null ? -1 : before.getVersion();
        CompanyView after = CompanyView.evolve(before, event, sequence, timestamp);
        if (after != null && after.getVersion() != versionBefore) {
            mongo.save(after);
        }
    }
}
