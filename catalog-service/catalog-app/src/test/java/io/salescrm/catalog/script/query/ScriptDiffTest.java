package io.salescrm.catalog.script.query;

import io.salescrm.catalog.api.script.ScriptStep;
import io.salescrm.catalog.script.query.ScriptDiff.ChangeKind;
import io.salescrm.catalog.script.query.ScriptDiff.StepChange;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.salescrm.catalog.script.ScriptMother.ASK;
import static io.salescrm.catalog.script.ScriptMother.GREET;
import static io.salescrm.catalog.script.ScriptMother.PRICE;
import static io.salescrm.catalog.script.ScriptMother.STANDARD;
import static io.salescrm.catalog.script.ScriptMother.say;
import static org.assertj.core.api.Assertions.assertThat;

class ScriptDiffTest {

    @Test
    void identicalVersionsHaveNoChanges() {
        assertThat(ScriptDiff.between(STANDARD, STANDARD)).isEmpty();
    }

    @Test
    void addedRemovedAndChangedStepsAreNamedWithTheirPositions() {
        ScriptStep newAsk = say("needs", "Tell me about your plant.");
        ScriptStep close = say("close", "Deal?");
        List<StepChange> changes = ScriptDiff.between(STANDARD, List.of(GREET, newAsk, close));
        assertThat(changes).containsExactly(
                new StepChange("price", ChangeKind.REMOVED, 3, null, PRICE, null),
                new StepChange("needs", ChangeKind.CHANGED, 2, 2, ASK, newAsk),
                new StepChange("close", ChangeKind.ADDED, null, 3, null, close));
    }

    @Test
    void onlyTheStepsThatLeftTheCommonOrderAreMoved() {
        List<StepChange> changes = ScriptDiff.between(STANDARD, List.of(ASK, PRICE, GREET));
        assertThat(changes).containsExactly(new StepChange("greet", ChangeKind.MOVED, 1, 3, GREET, GREET));
    }

    @Test
    void aStepChangedAndMovedIsBoth() {
        ScriptStep newPrice = say("price", "Price first");
        List<StepChange> changes = ScriptDiff.between(STANDARD, List.of(newPrice, GREET, ASK));
        assertThat(changes).extracting(StepChange::change).containsExactly(ChangeKind.CHANGED, ChangeKind.MOVED);
        assertThat(changes).extracting(StepChange::stepId).containsOnly("price");
    }

    @Test
    void aRemovalAloneMovesNothing() {
        assertThat(ScriptDiff.between(STANDARD, List.of(GREET, PRICE)))
                .containsExactly(new StepChange("needs", ChangeKind.REMOVED, 2, null, ASK, null));
    }
}
