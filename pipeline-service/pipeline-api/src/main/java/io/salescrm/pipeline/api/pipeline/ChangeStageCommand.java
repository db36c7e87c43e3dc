package io.salescrm.pipeline.api.pipeline;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Renames a stage and sets its probability, colour and required fields. Its semantics stay as defined: deals in
 * it were closed (or not) by entering it, and changing that would rewrite their meaning.
 */
public record ChangeStageCommand(
        @TargetAggregateIdentifier String pipelineId,
        String stageId,
        String name,
        int probability,
        String colour,
        List<DealField> requiredFields) {
}
