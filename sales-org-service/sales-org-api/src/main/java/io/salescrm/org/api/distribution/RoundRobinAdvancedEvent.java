package io.salescrm.org.api.distribution;

import org.axonframework.serialization.Revision;

/**
 * The round-robin position of a rule moved on to {@code employeeId}, after the decision that gave lead
 * {@code leadId} to that employee. Recorded once per round-robin decision (never for a fallback or a failure); the
 * next lead of the rule goes to the next active employee after {@code employeeId} in id order. Bookkeeping of
 * the rule aggregate {@code ruleId}: consumers interested in assignments read {@link LeadAssignmentDecidedEvent}.
 */
@Revision("1")
public record RoundRobinAdvancedEvent(String ruleId, String leadId, String employeeId) {
}
