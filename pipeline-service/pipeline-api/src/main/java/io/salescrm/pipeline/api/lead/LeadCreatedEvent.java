package io.salescrm.pipeline.api.lead;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A lead was registered, in status NEW. {@code responsibleId} is the employee who works it, or null when the lead
 * is still to be distributed: sales-org's distribution rules then decide who gets it and publish
 * {@code LeadAssignmentDecidedEvent} (or {@code LeadAssignmentFailedEvent}) on the org topic, and the pipeline
 * service assigns the lead accordingly ({@link LeadAssignedEvent}) or records the failure
 * ({@link LeadDistributionFailedEvent}). {@code open} marks a lead visible at the OPEN access level. The first
 * event of the lead aggregate {@code leadId}.
 * <p>
 * Revision 2 moved title and source into {@link LeadDetails} with all other details and added {@code open};
 * revision 1 is read through {@link LeadCreatedEventUpcaster}.
 */
@Revision("2")
public record LeadCreatedEvent(
        String leadId,
        String pipelineId,
        LeadDetails details,
        String responsibleId,
        boolean open,
        Instant createdAt) {

    /** The lead's title (from its details). */
    public String title() {
        return details.title();
    }

    /** Where the lead came from (from its details): distribution rules select leads by it. */
    public LeadSource source() {
        return details.source();
    }
}
