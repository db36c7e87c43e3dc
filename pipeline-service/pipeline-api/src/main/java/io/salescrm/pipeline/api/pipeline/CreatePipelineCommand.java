package io.salescrm.pipeline.api.pipeline;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Defines a new pipeline with its ordered stages (at least one IN_PROGRESS, one WON and one LOST).
 * {@code simpleMode}: inquiries become deals directly, without leads (variant 4). {@code moveToWonOnInvoicePaid}:
 * a fully paid invoice moves its deal into the first WON stage (acted on by billing's events).
 */
public record CreatePipelineCommand(
        @TargetAggregateIdentifier String pipelineId,
        String name,
        List<PipelineStage> stages,
        boolean simpleMode,
        boolean moveToWonOnInvoicePaid) {
}
