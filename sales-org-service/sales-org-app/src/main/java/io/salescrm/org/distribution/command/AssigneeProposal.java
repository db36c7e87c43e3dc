package io.salescrm.org.distribution.command;

import io.salescrm.org.api.distribution.DistributionStrategy;
import io.salescrm.org.api.distribution.LeadAssignmentFailureReason;

/**
 * A rule's answer to {@link ProposeAssigneeCommand}: an employee ({@code fallback} when it is the rule's fallback
 * employee), or no employee with the {@code failure} reason and a human {@code detail}.
 */
public record AssigneeProposal(
        String ruleId,
        DistributionStrategy strategy,
        String employeeId,
        boolean fallback,
        LeadAssignmentFailureReason failure,
        String detail) {

    static AssigneeProposal of(String ruleId, DistributionStrategy strategy, String employeeId) {
        return new AssigneeProposal(ruleId, strategy, employeeId, false, null, null);
    }

    static AssigneeProposal fallbackTo(String ruleId, DistributionStrategy strategy, String employeeId) {
        return new AssigneeProposal(ruleId, strategy, employeeId, true, null, null);
    }

    static AssigneeProposal nobody(String ruleId, DistributionStrategy strategy, String detail) {
        return new AssigneeProposal(ruleId, strategy, null, false, LeadAssignmentFailureReason.NO_ACTIVE_EMPLOYEE, detail);
    }

    public boolean found() {
        return employeeId != null;
    }

    /** Whether recording this proposal as the decision moves the rule's round-robin position. */
    public boolean advancesRoundRobin() {
        return found() && !fallback && strategy == DistributionStrategy.ROUND_ROBIN;
    }
}
