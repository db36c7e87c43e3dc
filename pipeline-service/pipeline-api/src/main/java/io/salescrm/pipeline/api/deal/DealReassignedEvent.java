package io.salescrm.pipeline.api.deal;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The employee answerable for a deal changed from {@code fromResponsibleId} to {@code responsibleId} (named like the
 * field of the creation event, so readers that follow a record's responsible find it under the same name).
 */
@Revision("1")
public record DealReassignedEvent(
        String dealId,
        String fromResponsibleId,
        String responsibleId,
        Instant reassignedAt) {
}
