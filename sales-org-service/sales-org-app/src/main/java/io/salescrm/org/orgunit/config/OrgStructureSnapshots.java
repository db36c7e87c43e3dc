package io.salescrm.org.orgunit.config;

import io.salescrm.org.orgunit.command.OrgStructureAggregate;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.snapshotting.RevisionSnapshotFilter;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every org-tree event belongs to the one {@link OrgStructureAggregate}, so its stream grows with every change of
 * the tree. A snapshot every {@value #EVENTS_PER_SNAPSHOT} events bounds what a command has to replay. Snapshots of
 * another revision of the aggregate class are ignored (the aggregate is then rebuilt from its events), so changing
 * the aggregate's fields only needs a new {@link #REVISION}.
 */
@Configuration
public class OrgStructureSnapshots {

    public static final String TRIGGER = "orgStructureSnapshotTrigger";
    public static final String FILTER = "orgStructureSnapshotFilter";
    public static final String REVISION = "1";
    public static final int EVENTS_PER_SNAPSHOT = 200;

    @Bean(TRIGGER)
    public SnapshotTriggerDefinition orgStructureSnapshotTrigger(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, EVENTS_PER_SNAPSHOT);
    }

    @Bean(FILTER)
    public SnapshotFilter orgStructureSnapshotFilter() {
        // Axon records an aggregate's type by its simple class name (the "type" column of the snapshot entry).
        return RevisionSnapshotFilter.builder().type(OrgStructureAggregate.class.getSimpleName()).revision(REVISION).build();
    }
}
