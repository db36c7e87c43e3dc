package io.salescrm.org.distribution.command;

import io.salescrm.org.api.distribution.LeadAssignmentFailureReason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records that nobody could be chosen for lead {@code leadId} ({@code ruleId} null when no rule matched): creates
 * the lead's {@link LeadAssignment}, which exists at most once per lead. Internal to the distribution feature.
 */
public record RecordLeadAssignmentFailureCommand(
        @TargetAggregateIdentifier String leadId,
        String ruleId,
        LeadAssignmentFailureReason reason,
        String detail) {
}
