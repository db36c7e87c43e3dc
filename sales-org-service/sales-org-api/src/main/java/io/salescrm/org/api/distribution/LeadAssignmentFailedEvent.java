package io.salescrm.org.api.distribution;

import org.axonframework.serialization.Revision;

/**
 * Sales-org could not choose anybody for a lead created without a responsible; the lead stays unassigned until
 * someone assigns it by hand. {@code ruleId} is the rule that matched (null when none did), {@code reason} the
 * machine-readable cause and {@code detail} a human explanation. Like {@link LeadAssignmentDecidedEvent}, the
 * only event of the lead-assignment aggregate {@code leadId}: at most one outcome per lead.
 */
@Revision("1")
public record LeadAssignmentFailedEvent(
        String leadId,
        String ruleId,
        LeadAssignmentFailureReason reason,
        String detail) {
}
