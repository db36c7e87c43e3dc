package io.salescrm.org.api.distribution;

import org.axonframework.serialization.Revision;

/**
 * Sales-org decided who works a lead that was created without a responsible: the pipeline service assigns lead
 * {@code leadId} to employee {@code employeeId}. {@code ruleId} and {@code strategy} name the distribution rule
 * that decided; {@code fallback} is true when its target unit had nobody active and the rule's fallback employee
 * was chosen instead. Made at most once per lead (the only event of the lead-assignment aggregate {@code leadId},
 * keyed by the lead id on the org topic); a redelivered lead-created event produces no second decision.
 */
@Revision("1")
public record LeadAssignmentDecidedEvent(
        String leadId,
        String employeeId,
        String ruleId,
        DistributionStrategy strategy,
        boolean fallback) {
}
