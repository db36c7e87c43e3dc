package io.salescrm.pipeline.api.lead;

import org.axonframework.serialization.Revision;

/** A lead was closed: converted or discarded as junk. It no longer counts as open work of its responsible. */
@Revision("1")
public record LeadClosedEvent(String leadId, LeadOutcome outcome) {
}
