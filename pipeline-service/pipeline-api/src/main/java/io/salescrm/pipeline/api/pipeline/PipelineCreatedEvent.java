package io.salescrm.pipeline.api.pipeline;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/** A pipeline was defined; {@code stages} in board order. The first event of the pipeline aggregate. */
@Revision("1")
public record PipelineCreatedEvent(
        String pipelineId,
        String name,
        List<PipelineStage> stages,
        boolean simpleMode,
        boolean moveToWonOnInvoicePaid,
        Instant createdAt) {
}
