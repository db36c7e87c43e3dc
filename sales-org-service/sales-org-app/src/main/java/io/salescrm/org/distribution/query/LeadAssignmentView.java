package io.salescrm.org.distribution.query;

import io.salescrm.org.api.distribution.DistributionStrategy;
import io.salescrm.org.api.distribution.LeadAssignmentFailureReason;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * The distribution outcome of one lead (read model {@code distribution_assignments}): ASSIGNED to
 * {@code employeeId} by rule {@code ruleId} (possibly as its {@code fallback}), or FAILED with
 * {@code failureReason} and {@code detail}.
 */
@Document(LeadAssignmentProjection.COLLECTION)
public record LeadAssignmentView(
        @Id String leadId,
        Outcome outcome,
        @Indexed String employeeId,
        @Indexed String ruleId,
        DistributionStrategy strategy,
        boolean fallback,
        LeadAssignmentFailureReason failureReason,
        String detail,
        @Indexed Instant decidedAt) {

    public enum Outcome { ASSIGNED, FAILED }
}
