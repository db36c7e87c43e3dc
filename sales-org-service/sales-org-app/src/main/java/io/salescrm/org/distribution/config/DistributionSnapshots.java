package io.salescrm.org.distribution.config;

import io.salescrm.org.distribution.command.DistributionRule;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.snapshotting.RevisionSnapshotFilter;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A {@link DistributionRule} records one event per round-robin decision, so its stream grows with the leads it
 * decides. A snapshot every {@code crm.distribution.rule-snapshot-every} events (default
 * {@value #DEFAULT_EVENTS_PER_SNAPSHOT}) bounds what a decision has to replay. Snapshots of another revision of
 * the aggregate class are ignored (the rule is then rebuilt from its events), so changing its fields only needs a
 * new {@link #REVISION}.
 */
@Configuration
public class DistributionSnapshots {

    public static final String TRIGGER = "distributionRuleSnapshotTrigger";
    public static final String FILTER = "distributionRuleSnapshotFilter";
    public static final String REVISION = "1";
    public static final int DEFAULT_EVENTS_PER_SNAPSHOT = 100;

    @Bean(TRIGGER)
    public SnapshotTriggerDefinition distributionRuleSnapshotTrigger(
            Snapshotter snapshotter,
            @Value("${crm.distribution.rule-snapshot-every:" + DEFAULT_EVENTS_PER_SNAPSHOT + "}") int eventsPerSnapshot) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, eventsPerSnapshot);
    }

    @Bean(FILTER)
    public SnapshotFilter distributionRuleSnapshotFilter() {
        // Axon records an aggregate's type by its simple class name (the "type" column of the snapshot entry).
        return RevisionSnapshotFilter.builder().type(DistributionRule.class.getSimpleName()).revision(REVISION).build();
    }
}
