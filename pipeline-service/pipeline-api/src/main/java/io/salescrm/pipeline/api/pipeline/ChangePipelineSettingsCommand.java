package io.salescrm.pipeline.api.pipeline;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets the pipeline's mode and automation (see {@link CreatePipelineCommand}). */
public record ChangePipelineSettingsCommand(
        @TargetAggregateIdentifier String pipelineId,
        boolean simpleMode,
        boolean moveToWonOnInvoicePaid) {
}
