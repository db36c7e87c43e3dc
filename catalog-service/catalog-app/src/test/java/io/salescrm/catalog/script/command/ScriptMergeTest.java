package io.salescrm.catalog.script.command;

import io.salescrm.catalog.api.script.ScriptConflict;
import io.salescrm.catalog.api.script.ScriptConflict.Reason;
import io.salescrm.catalog.api.script.ScriptStep;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.salescrm.catalog.script.ScriptMother.ASK;
import static io.salescrm.catalog.script.ScriptMother.GREET;
import static io.salescrm.catalog.script.ScriptMother.PRICE;
import static io.salescrm.catalog.script.ScriptMother.STANDARD;
import static io.salescrm.catalog.script.ScriptMother.say;
import static org.assertj.core.api.Assertions.assertThat;

class ScriptMergeTest {

    private static final ScriptStep MY_GREET = say("greet", "Hi, Oleg here.");
    private static final ScriptStep NEW_GREET = say("greet", "Good morning!");

    @Test
    void withoutPersonalEditsTheRebaseIsTheNewStandard() {
        List<ScriptStep> newStandard = List.of(PRICE, say("close", "Deal?"), GREET);
        ScriptMerge.Result result = ScriptMerge.rebase(STANDARD, STANDARD, newStandard);
        assertThat(result.steps()).isEqualTo(newStandard);
        assertThat(result.conflicts()).isEmpty();
    }

    @Test
    void withoutStandardChangesTheRebaseKeepsThePersonalVersion() {
        List<ScriptStep> mine = List.of(PRICE, MY_GREET, say("mine", "Mine"));
        ScriptMerge.Result result = ScriptMerge.rebase(STANDARD, mine, STANDARD);
        assertThat(result.steps()).isEqualTo(mine);
        assertThat(result.conflicts()).isEmpty();
    }

    @Test
    void stepsChangedOnOneSideTakeThatSide() {
        ScriptStep newAsk = say("needs", "Tell me about your plant.");
        ScriptMerge.Result result = ScriptMerge.rebase(STANDARD, List.of(MY_GREET, ASK, PRICE), List.of(GREET, newAsk, PRICE));
        assertThat(result.steps()).containsExactly(MY_GREET, newAsk, PRICE);
        assertThat(result.conflicts()).isEmpty();
    }

    @Test
    void theSameChangeOnBothSidesIsNoConflict() {
        ScriptMerge.Result result = ScriptMerge.rebase(STANDARD, List.of(NEW_GREET, ASK, PRICE), List.of(NEW_GREET, ASK, PRICE));
        assertThat(result.steps()).containsExactly(NEW_GREET, ASK, PRICE);
        assertThat(result.conflicts()).isEmpty();
    }

    @Test
    void differentChangesOnBothSidesAreAConflictKeepingThePersonalStep() {
        ScriptMerge.Result result = ScriptMerge.rebase(STANDARD, List.of(MY_GREET, ASK, PRICE), List.of(NEW_GREET, ASK, PRICE));
        assertThat(result.steps()).containsExactly(MY_GREET, ASK, PRICE);
        assertThat(result.conflicts()).containsExactly(new ScriptConflict("greet", Reason.BOTH_CHANGED, NEW_GREET, MY_GREET));
    }

    @Test
    void aRemovalMeetingAChangeIsAConflictTheOwnersSideWins() {
        ScriptMerge.Result standardRemovedMyEdit = ScriptMerge.rebase(STANDARD, List.of(MY_GREET, ASK, PRICE), List.of(ASK, PRICE));
        assertThat(standardRemovedMyEdit.steps()).containsExactly(MY_GREET, ASK, PRICE);
        assertThat(standardRemovedMyEdit.conflicts()).containsExactly(
                new ScriptConflict("greet", Reason.REMOVED_IN_STANDARD_CHANGED_IN_PERSONAL, null, MY_GREET));

        ScriptMerge.Result iRemovedAStandardEdit = ScriptMerge.rebase(STANDARD, List.of(ASK, PRICE), List.of(NEW_GREET, ASK, PRICE));
        assertThat(iRemovedAStandardEdit.steps()).containsExactly(ASK, PRICE);
        assertThat(iRemovedAStandardEdit.conflicts()).containsExactly(
                new ScriptConflict("greet", Reason.CHANGED_IN_STANDARD_REMOVED_IN_PERSONAL, NEW_GREET, null));
    }

    @Test
    void aRemovalMeetingNoChangeRemoves() {
        assertThat(ScriptMerge.rebase(STANDARD, List.of(ASK, PRICE), List.of(GREET, ASK)).steps()).containsExactly(ASK);
    }

    @Test
    void theOwnersOrderWinsWhenHeReorderedAndStandardAdditionsFollowTheirPredecessor() {
        ScriptStep close = say("close", "Deal?");
        List<ScriptStep> mine = List.of(PRICE, GREET, ASK);
        ScriptMerge.Result result = ScriptMerge.rebase(STANDARD, mine, List.of(GREET, close, ASK, PRICE));
        assertThat(result.steps()).containsExactly(PRICE, GREET, close, ASK);
    }

    @Test
    void theStandardsOrderWinsWhenTheOwnerKeptItAndHisAdditionsFollowTheirPredecessor() {
        ScriptStep mine1 = say("mine-1", "First of mine");
        ScriptStep mine2 = say("mine-2", "Second of mine");
        ScriptStep opener = say("opener", "Before everything");
        ScriptMerge.Result result = ScriptMerge.rebase(STANDARD, List.of(opener, GREET, mine1, mine2, ASK, PRICE),
                List.of(PRICE, ASK, GREET));
        assertThat(result.steps()).containsExactly(opener, PRICE, ASK, GREET, mine1, mine2);
    }
}
