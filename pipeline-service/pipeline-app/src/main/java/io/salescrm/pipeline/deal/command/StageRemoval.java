package io.salescrm.pipeline.deal.command;

import io.salescrm.pipeline.api.deal.MoveDealToStageCommand;
import io.salescrm.pipeline.api.deal.TargetStage;
import io.salescrm.pipeline.api.pipeline.RemoveStageCommand;
import io.salescrm.pipeline.deal.query.DealView;
import io.salescrm.pipeline.funnel.query.PipelineDefinitions;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Removes a stage and moves its deals. The deals in the stage are counted in the deal read model and the count
 * goes with the command, so the pipeline refuses the removal without a target while deals are there. Once the
 * stage is gone from the pipeline (and so from every later deal command, which reads the pipeline from the event
 * store) its deals are moved to the target, one {@link MoveDealToStageCommand} each with reason
 * {@value #REASON}, found again in the read model after the removal.
 * <p>
 * The race we accept: a deal moved into the stage in the instant between the count and the removal, whose event the
 * read model has not applied when the deals are looked up, stays in the removed stage. Lists still show it; any
 * later move takes it out. Moving one deal again (a repeated request) changes nothing.
 */
@Component
public class StageRemoval {

    public static final String REASON = "stage-removed";
    static final int BATCH = 500;

    public record Result(String stageId, String movedTo, int movedDeals) {
    }

    private final CommandGateway commands;
    private final MongoTemplate mongo;
    private final PipelineDefinitions pipelines;

    public StageRemoval(CommandGateway commands, MongoTemplate mongo, PipelineDefinitions pipelines) {
        this.commands = commands;
        this.mongo = mongo;
        this.pipelines = pipelines;
    }

    public Result remove(String pipelineId, String stageId, String moveDealsToStageId) {
        TargetStage target = moveDealsToStageId == null ? null
                : pipelines.stage(pipelineId, moveDealsToStageId, "pipelineId", "moveDealsTo");
        long inStage = mongo.count(new Query(inStage(pipelineId, stageId)), DealView.class);
        commands.sendAndWait(new RemoveStageCommand(pipelineId, stageId, moveDealsToStageId, inStage));
        return new Result(stageId, moveDealsToStageId, target == null ? 0 : moveDeals(pipelineId, stageId, target));
    }

    private int moveDeals(String pipelineId, String stageId, TargetStage target) {
        int moved = 0;
        String after = "";
        while (true) {
            Query batch = new Query(new Criteria().andOperator(inStage(pipelineId, stageId), where("_id").gt(after)))
                    .with(Sort.by("_id")).limit(BATCH);
            batch.fields().include("_id");
            List<String> dealIds = mongo.find(batch, Document.class, DealView.COLLECTION).stream()
                    .map(deal -> deal.getString("_id")).toList();
            for (String dealId : dealIds) {
                commands.sendAndWait(new MoveDealToStageCommand(dealId, target, null, REASON));
                moved++;
            }
            if (dealIds.size() < BATCH) {
                return moved;
            }
            after = dealIds.get(dealIds.size() - 1);
        }
    }

    private static Criteria inStage(String pipelineId, String stageId) {
        return new Criteria().andOperator(where(DealView.PIPELINE).is(pipelineId), where(DealView.STAGE).is(stageId));
    }
}
