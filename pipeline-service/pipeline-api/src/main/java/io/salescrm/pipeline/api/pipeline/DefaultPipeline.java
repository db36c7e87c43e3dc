package io.salescrm.pipeline.api.pipeline;

import java.util.List;

/**
 * The "Sales" pipeline that exists from the start (created at the pipeline service's first start). Other
 * services and tests may rely on its ids; deals from before pipelines existed belong to its first stage.
 */
public final class DefaultPipeline {

    public static final String ID = "sales";
    public static final String NAME = "Sales";

    public static final String NEW = "new";
    public static final String QUALIFICATION = "qualification";
    public static final String PROPOSAL = "proposal";
    public static final String NEGOTIATION = "negotiation";
    public static final String WON = "won";
    public static final String LOST = "lost";

    public static final String FIRST_STAGE = NEW;

    public static final List<PipelineStage> STAGES = List.of(
            new PipelineStage(NEW, "New", StageSemantics.IN_PROGRESS, 10, "#8fb3ff", List.of()),
            new PipelineStage(QUALIFICATION, "Qualification", StageSemantics.IN_PROGRESS, 25, "#6fd3f7", List.of()),
            new PipelineStage(PROPOSAL, "Proposal", StageSemantics.IN_PROGRESS, 50, "#ffd166", List.of(DealField.AMOUNT)),
            new PipelineStage(NEGOTIATION, "Negotiation", StageSemantics.IN_PROGRESS, 75, "#f4a261", List.of(DealField.AMOUNT)),
            new PipelineStage(WON, "Won", StageSemantics.WON, 100, "#2a9d8f", List.of()),
            new PipelineStage(LOST, "Lost", StageSemantics.LOST, 0, "#e76f51", List.of()));

    /** The default probability of deals in the first stage. */
    public static final int FIRST_STAGE_PROBABILITY = STAGES.get(0).probability();

    private DefaultPipeline() {
    }
}
