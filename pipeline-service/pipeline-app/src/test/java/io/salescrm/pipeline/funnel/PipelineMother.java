package io.salescrm.pipeline.funnel;

import io.salescrm.pipeline.api.pipeline.CreatePipelineCommand;
import io.salescrm.pipeline.api.pipeline.DealField;
import io.salescrm.pipeline.api.pipeline.PipelineCreatedEvent;
import io.salescrm.pipeline.api.pipeline.PipelineStage;
import io.salescrm.pipeline.api.pipeline.StageSemantics;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test data for pipelines: a small valid pipeline by default (open, offer, won, lost). */
public final class PipelineMother {

    public static final PipelineStage OPEN = stage("open", StageSemantics.IN_PROGRESS, 20);
    public static final PipelineStage OFFER = new PipelineStage("offer", "Offer", StageSemantics.IN_PROGRESS, 60, "#ffd166",
            List.of(DealField.AMOUNT, DealField.COMPANY_ID));
    public static final PipelineStage WON = stage("won", StageSemantics.WON, 100);
    public static final PipelineStage LOST = stage("lost", StageSemantics.LOST, 0);
    public static final List<PipelineStage> STAGES = List.of(OPEN, OFFER, WON, LOST);

    private PipelineMother() {
    }

    public static PipelineStage stage(String id, StageSemantics semantics, int probability) {
        return new PipelineStage(id, Character.toUpperCase(id.charAt(0)) + id.substring(1), semantics, probability, "#123abc", List.of());
    }

    public static CreatePipelineCommand createPipeline(String id) {
        return new CreatePipelineCommand(id, "Projects", STAGES, false, false);
    }

    public static PipelineCreatedEvent pipelineCreated(String id, Instant at) {
        return new PipelineCreatedEvent(id, "Projects", STAGES, false, false, at);
    }

    /** A JSON body for POST /pipelines with the default stages. */
    public static Map<String, Object> pipelineBody(String name) {
        var body = new LinkedHashMap<String, Object>();
        body.put("name", name);
        body.put("stages", STAGES.stream().map(PipelineMother::stageBody).toList());
        return body;
    }

    public static Map<String, Object> stageBody(PipelineStage stage) {
        var body = new LinkedHashMap<String, Object>();
        body.put("stageId", stage.stageId());
        body.put("name", stage.name());
        body.put("semantics", stage.semantics().name());
        body.put("probability", stage.probability());
        body.put("colour", stage.colour());
        body.put("requiredFields", stage.requiredFields().stream().map(Enum::name).toList());
        return body;
    }
}
