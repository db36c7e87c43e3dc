package io.salescrm.org.distribution.query;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.salescrm.org.api.distribution.DistributionStrategy;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * A distribution rule as the read model {@code distribution_rules} shows it. {@code sources} empty = any source,
 * {@code pipelineId} null = any pipeline; {@code lastEmployeeId} is the employee who got the rule's last
 * round-robin lead; {@code version} the sequence number of the rule's last event.
 */
@Document(RuleProjection.COLLECTION)
public record RuleView(
        @Id String id,
        String name,
        List<String> sources,
        String pipelineId,
        String targetUnitId,
        DistributionStrategy strategy,
        String fallbackEmployeeId,
        @Indexed int priority,
        String lastEmployeeId,
        Instant createdAt,
        Instant changedAt,
        long version,
        @JsonIgnore boolean anySource,
        @JsonIgnore boolean anyPipeline,
        @JsonIgnore @Indexed boolean deleted) {
}
