package io.salescrm.pipeline.funnel.command;

import io.salescrm.pipeline.api.pipeline.AddStageCommand;
import io.salescrm.pipeline.api.pipeline.ChangePipelineSettingsCommand;
import io.salescrm.pipeline.api.pipeline.ChangeStageCommand;
import io.salescrm.pipeline.api.pipeline.CreatePipelineCommand;
import io.salescrm.pipeline.api.pipeline.DealField;
import io.salescrm.pipeline.api.pipeline.PipelineCreatedEvent;
import io.salescrm.pipeline.api.pipeline.PipelineRenamedEvent;
import io.salescrm.pipeline.api.pipeline.PipelineSettingsChangedEvent;
import io.salescrm.pipeline.api.pipeline.PipelineStage;
import io.salescrm.pipeline.api.pipeline.RemoveStageCommand;
import io.salescrm.pipeline.api.pipeline.RenamePipelineCommand;
import io.salescrm.pipeline.api.pipeline.ReorderStagesCommand;
import io.salescrm.pipeline.api.pipeline.StageAddedEvent;
import io.salescrm.pipeline.api.pipeline.StageChangedEvent;
import io.salescrm.pipeline.api.pipeline.StageRemovedEvent;
import io.salescrm.pipeline.api.pipeline.StageSemantics;
import io.salescrm.pipeline.api.pipeline.StagesReorderedEvent;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.rules.RuleViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.salescrm.pipeline.funnel.PipelineMother.LOST;
import static io.salescrm.pipeline.funnel.PipelineMother.OFFER;
import static io.salescrm.pipeline.funnel.PipelineMother.OPEN;
import static io.salescrm.pipeline.funnel.PipelineMother.STAGES;
import static io.salescrm.pipeline.funnel.PipelineMother.WON;
import static io.salescrm.pipeline.funnel.PipelineMother.createPipeline;
import static io.salescrm.pipeline.funnel.PipelineMother.pipelineCreated;
import static io.salescrm.pipeline.funnel.PipelineMother.stage;

class PipelineTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");
    private static final String ID = "projects";

    private FixtureConfiguration<Pipeline> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Pipeline.class);
    }

    @Test
    void aPipelineIsCreatedWithItsOrderedStagesAndSettings() {
        fixture.givenCurrentTime(NOW)
                .when(new CreatePipelineCommand(ID, "  Projects ", STAGES, true, true))
                .expectEvents(new PipelineCreatedEvent(ID, "Projects", STAGES, true, true, NOW));
    }

    @Test
    void aPipelineWithoutAWonOrALostStageIsRefused() {
        fixture.givenCurrentTime(NOW)
                .when(new CreatePipelineCommand(ID, "Projects", List.of(OPEN, WON), false, false))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void twoStagesWithTheSameIdAreRefused() {
        fixture.givenCurrentTime(NOW)
                .when(new CreatePipelineCommand(ID, "Projects", List.of(OPEN, OPEN, WON, LOST), false, false))
                .expectException(InvalidFieldException.class)
                .expectNoEvents();
    }

    @Test
    void aStageWithAnInvalidColourOrProbabilityIsRefused() {
        fixture.givenCurrentTime(NOW)
                .when(new CreatePipelineCommand(ID, "Projects", List.of(
                        new PipelineStage("open", "Open", StageSemantics.IN_PROGRESS, 101, "#123abc", List.of()), WON, LOST), false, false))
                .expectException(InvalidFieldException.class);
        fixture.givenNoPriorActivity()
                .when(new CreatePipelineCommand(ID, "Projects", List.of(
                        new PipelineStage("open", "Open", StageSemantics.IN_PROGRESS, 10, "red", List.of()), WON, LOST), false, false))
                .expectException(InvalidFieldException.class);
    }

    @Test
    void renamingAndChangingSettingsAreRecordedOnlyWhenSomethingChanges() {
        fixture.given(pipelineCreated(ID, NOW))
                .when(new RenamePipelineCommand(ID, "Big projects"))
                .expectEvents(new PipelineRenamedEvent(ID, "Big projects"));
        fixture.given(pipelineCreated(ID, NOW))
                .when(new RenamePipelineCommand(ID, "Projects"))
                .expectNoEvents();
        fixture.given(pipelineCreated(ID, NOW))
                .when(new ChangePipelineSettingsCommand(ID, true, true))
                .expectEvents(new PipelineSettingsChangedEvent(ID, true, true));
        fixture.given(pipelineCreated(ID, NOW))
                .when(new ChangePipelineSettingsCommand(ID, false, false))
                .expectNoEvents();
    }

    @Test
    void aStageIsAddedAtItsPositionOrLast() {
        var review = stage("review", StageSemantics.IN_PROGRESS, 40);
        fixture.given(pipelineCreated(ID, NOW))
                .when(new AddStageCommand(ID, review, 1))
                .expectEvents(new StageAddedEvent(ID, review, 1));
        fixture.given(pipelineCreated(ID, NOW))
                .when(new AddStageCommand(ID, review, null))
                .expectEvents(new StageAddedEvent(ID, review, 4));
    }

    @Test
    void aStageIdCannotBeAddedTwice() {
        fixture.given(pipelineCreated(ID, NOW))
                .when(new AddStageCommand(ID, stage("open", StageSemantics.IN_PROGRESS, 5), null))
                .expectException(InvalidFieldException.class)
                .expectNoEvents();
    }

    @Test
    void changingAStageKeepsItsSemantics() {
        fixture.given(pipelineCreated(ID, NOW))
                .when(new ChangeStageCommand(ID, "won", "Paid", 100, "#00ff00", List.of(DealField.PRODUCT_ROWS)))
                .expectEvents(new StageChangedEvent(ID, new PipelineStage("won", "Paid", StageSemantics.WON, 100, "#00ff00",
                        List.of(DealField.PRODUCT_ROWS))));
    }

    @Test
    void changingAnUnknownStageIsRefused() {
        fixture.given(pipelineCreated(ID, NOW))
                .when(new ChangeStageCommand(ID, "nope", "Nope", 1, "#000000", List.of()))
                .expectException(InvalidFieldException.class);
    }

    @Test
    void reorderingNeedsEveryStageExactlyOnce() {
        fixture.given(pipelineCreated(ID, NOW))
                .when(new ReorderStagesCommand(ID, List.of("offer", "open", "won", "lost")))
                .expectEvents(new StagesReorderedEvent(ID, List.of("offer", "open", "won", "lost")));
        fixture.given(pipelineCreated(ID, NOW))
                .when(new ReorderStagesCommand(ID, List.of("offer", "open", "won")))
                .expectException(InvalidFieldException.class);
        fixture.given(pipelineCreated(ID, NOW))
                .when(new ReorderStagesCommand(ID, List.of("offer", "open", "won", "won")))
                .expectException(InvalidFieldException.class);
    }

    @Test
    void anEmptyStageIsRemovedWithoutATarget() {
        fixture.given(pipelineCreated(ID, NOW))
                .when(new RemoveStageCommand(ID, "offer", null, 0))
                .expectEvents(new StageRemovedEvent(ID, "offer", null));
    }

    @Test
    void aStageHoldingDealsIsRemovedOnlyWithATargetStage() {
        fixture.given(pipelineCreated(ID, NOW))
                .when(new RemoveStageCommand(ID, "offer", null, 3))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
        fixture.given(pipelineCreated(ID, NOW))
                .when(new RemoveStageCommand(ID, "offer", "open", 3))
                .expectEvents(new StageRemovedEvent(ID, "offer", "open"));
    }

    @Test
    void theTargetStageMustExistDifferAndShareTheSemantics() {
        fixture.given(pipelineCreated(ID, NOW))
                .when(new RemoveStageCommand(ID, "offer", "offer", 1))
                .expectException(InvalidFieldException.class);
        fixture.given(pipelineCreated(ID, NOW))
                .when(new RemoveStageCommand(ID, "offer", "nowhere", 1))
                .expectException(InvalidFieldException.class);
        fixture.given(pipelineCreated(ID, NOW))
                .when(new RemoveStageCommand(ID, "offer", "won", 1))
                .expectException(InvalidFieldException.class);
    }

    @Test
    void theLastStageOfASemanticsCannotBeRemoved() {
        fixture.given(pipelineCreated(ID, NOW))
                .when(new RemoveStageCommand(ID, "won", null, 0))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void aRemovedStageIsGoneForLaterCommandsAndItsIdFreeAgain() {
        fixture.given(pipelineCreated(ID, NOW), new StageRemovedEvent(ID, "offer", null))
                .when(new AddStageCommand(ID, OFFER, null))
                .expectEvents(new StageAddedEvent(ID, OFFER, 3));
    }
}
