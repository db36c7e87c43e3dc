package io.salescrm.pipeline.api.lead;

import org.axonframework.serialization.Revision;

/**
 * The employee responsible for a lead changed (also the first assignment of a lead created without one), by hand
 * or by distribution.
 */
@Revision("1")
public record LeadAssignedEvent(String leadId, String responsibleId) {
}
