package io.salescrm.pipeline.conversion;

import io.salescrm.pipeline.api.deal.TargetStage;
import io.salescrm.pipeline.funnel.query.PipelineDefinitions;
import io.salescrm.pipeline.funnel.query.PipelineView;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.rules.RuleViolationException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Optional;

/**
 * How a conversion acts: its commands run {@link #atomically} (see the package documentation), each handled
 * synchronously; and where its deal goes, checked against the pipeline's mode (leads never go into a simple-mode
 * pipeline, inquiries only into one).
 */
@Component
public class ConversionSteps {

    private final CommandGateway commands;
    private final TransactionTemplate transaction;
    private final PipelineDefinitions pipelines;

    public ConversionSteps(CommandGateway commands, PlatformTransactionManager transactionManager, PipelineDefinitions pipelines) {
        this.commands = commands;
        this.transaction = new TransactionTemplate(transactionManager);
        this.pipelines = pipelines;
    }

    /**
     * Sends the commands in order in one database transaction: the events of all of them are stored, or (when one
     * is refused or anything fails) none. An enclosing transaction (an Idempotency-Key's) is joined.
     */
    public void atomically(List<Object> steps) {
        transaction.executeWithoutResult(status -> steps.forEach(commands::sendAndWait));
    }

    /** The pipeline a converted lead's deal goes into: any pipeline but a simple-mode one (422). */
    public TargetStage leadDealStage(String pipelineId, String stageId, String pipelineField, String stageField) {
        PipelineView pipeline = pipelines.find(pipelineId).orElseThrow(() -> new InvalidFieldException(pipelineField, "is not a pipeline"));
        if (pipeline.simpleMode()) {
            throw new RuleViolationException("simple-mode-pipeline", "Pipeline " + pipelineId
                    + " works without leads (simple mode): register the inquiry there instead of converting a lead.");
        }
        return pipelines.stage(pipelineId, stageId, pipelineField, stageField);
    }

    /** The pipeline an inquiry goes into: 404 when it does not exist, 422 when it is not in simple mode. */
    public TargetStage inquiryStage(PipelineView pipeline, String stageId, String stageField) {
        if (!pipeline.simpleMode()) {
            throw new RuleViolationException("not-simple-mode", "Pipeline " + pipeline.id()
                    + " is not in simple mode: its inquiries come in as leads.");
        }
        return pipelines.stage(pipeline.id(), stageId, "pipelineId", stageField);
    }

    /** Any pipeline, for a deal made from an existing company or contact. */
    public TargetStage stage(String pipelineId, String stageId) {
        return pipelines.stage(pipelineId, stageId, "pipelineId", "stageId");
    }

    public Optional<PipelineView> pipeline(String pipelineId) {
        return pipelines.find(pipelineId);
    }
}
