package io.salescrm.org.distribution.command;

import io.salescrm.org.api.distribution.DistributionStrategy;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records that lead {@code leadId} goes to {@code employeeId}: creates the lead's {@link LeadAssignment}, which
 * exists at most once per lead. Internal to the distribution feature.
 */
public record DecideLeadAssignmentCommand(
        @TargetAggregateIdentifier String leadId,
        String employeeId,
        String ruleId,
        DistributionStrategy strategy,
        boolean fallback) {
}
