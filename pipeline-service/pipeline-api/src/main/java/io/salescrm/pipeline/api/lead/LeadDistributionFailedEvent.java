package io.salescrm.pipeline.api.lead;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * Distribution found nobody for the lead: it stays unassigned until someone assigns it by hand. {@code ruleId}
 * is the rule that matched (null when none did), {@code reason} sales-org's machine-readable cause.
 */
@Revision("1")
public record LeadDistributionFailedEvent(String leadId, String ruleId, String reason, String detail, Instant failedAt) {
}
