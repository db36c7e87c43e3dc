package io.salescrm.org.target.command;

import io.salescrm.org.api.target.CancelTargetCommand;
import io.salescrm.org.api.target.FinaliseTargetSplitCommand;
import io.salescrm.org.api.target.ReviseTargetCommand;
import io.salescrm.org.api.target.SplitPartSpec;
import io.salescrm.org.api.target.SplitStatus;
import io.salescrm.org.api.target.SplitTargetCommand;
import io.salescrm.org.api.target.TargetCancelledEvent;
import io.salescrm.org.api.target.TargetMeasure;
import io.salescrm.org.api.target.TargetRevisedEvent;
import io.salescrm.org.api.target.TargetSetEvent;
import io.salescrm.org.api.target.TargetSplitEvent;
import io.salescrm.org.api.target.TargetSplitFinalisedEvent;
import io.salescrm.org.api.target.TargetSplitPart;
import io.salescrm.org.api.target.TargetSplitWithdrawnEvent;
import io.salescrm.org.api.target.TargetSubjectType;
import io.salescrm.org.api.target.WithdrawTargetSplitCommand;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.rules.RuleViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.salescrm.org.target.TargetMother.NOW;
import static io.salescrm.org.target.TargetMother.Q2_2026;
import static io.salescrm.org.target.TargetMother.childSet;
import static io.salescrm.org.target.TargetMother.company;
import static io.salescrm.org.target.TargetMother.companyTarget;
import static io.salescrm.org.target.TargetMother.amountTarget;
import static io.salescrm.org.target.TargetMother.countTarget;
import static io.salescrm.org.target.TargetMother.employee;
import static io.salescrm.org.target.TargetMother.parts;
import static io.salescrm.org.target.TargetMother.rub;
import static io.salescrm.org.target.TargetMother.toEmployee;
import static io.salescrm.org.target.TargetMother.toUnit;
import static io.salescrm.org.target.TargetMother.unit;
import static io.salescrm.org.target.TargetMother.won;
import static io.salescrm.org.target.TargetMother.wonByUnit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One test per rule of splitting a target across units or employees, with the child targets it touches. */
class TargetSplitTest {

    private static final String PARENT = "parent";

    private TargetScenario scenario;

    @BeforeEach
    void setUp() {
        scenario = new TargetScenario(NOW);
        scenario.send(companyTarget(PARENT, "1000000.00"));
    }

    @AfterEach
    void tearDown() {
        scenario.close();
    }

    // --- the sum ---

    @Test
    void aFinalSplitThatAddsUpMakesEveryPartAChildTargetOfItsOwn() {
        int mark = scenario.mark();
        SplitOutcome outcome = scenario.send(split(false, toUnit("group-1", "600000.00"), toUnit("group-2", "400000")));

        List<TargetSplitPart> parts = List.of(
                new TargetSplitPart("child-1", unit("group-1"), rub("600000.00")),
                new TargetSplitPart("child-2", unit("group-2"), rub("400000.00")));
        assertThat(scenario.since(mark)).containsExactly(
                new TargetSplitEvent(PARENT, 2, 1, SplitStatus.FINAL, Q2_2026, company(), rub("1000000.00"), parts,
                        rub("1000000.00"), List.of(), null, NOW),
                childSet("child-1", unit("group-1"), rub("600000.00"), PARENT, 1),
                childSet("child-2", unit("group-2"), rub("400000.00"), PARENT, 1));
        assertThat(outcome).isEqualTo(new SplitOutcome(PARENT, 2, 1, "FINAL", parts, List.of()));
        assertThat(scenario.keys.holders()).containsValues(PARENT, "child-1", "child-2");
    }

    @Test
    void aFinalSplitThatDoesNotAddUpIsRefusedWithBothSumsAndTheDifferenceAndNothingIsStored() {
        int mark = scenario.mark();
        assertThatThrownBy(() -> scenario.send(split(false, toUnit("group-1", "600000.00"), toUnit("group-2", "350000.00"))))
                .isInstanceOf(SplitDoesNotAddUpException.class)
                .hasMessageContaining("the children sum to 950000.00 RUB")
                .hasMessageContaining("the target is 1000000.00 RUB")
                .hasMessageContaining("a difference of 50000.00 RUB (the children are short)");
        assertThat(scenario.since(mark)).isEmpty();
        assertThat(scenario.keys.holders()).containsOnlyKeys(new TargetKey(company(), Q2_2026, TargetMeasure.AMOUNT));
    }

    @Test
    void childrenExceedingTheTargetAreRefusedToo() {
        assertThatThrownBy(() -> scenario.send(split(false, toUnit("group-1", "600000.00"), toUnit("group-2", "400000.01"))))
                .isInstanceOf(SplitDoesNotAddUpException.class)
                .hasMessageContaining("a difference of 0.01 RUB (the children exceed the target)");
    }

    @Test
    void aWonCountTargetIsSplitByCount() {
        scenario.send(countTarget("count-parent", TargetSubjectType.COMPANY, "company", 30));
        assertThatThrownBy(() -> scenario.send(new SplitTargetCommand("count-parent",
                parts(wonByUnit("group-1", 10), wonByUnit("group-2", 19)), false, null, null)))
                .isInstanceOf(SplitDoesNotAddUpException.class)
                .hasMessageContaining("the children sum to 29 won deals but the target is 30 won deals, a difference of 1 won deals");
        SplitOutcome outcome = scenario.send(new SplitTargetCommand("count-parent",
                parts(wonByUnit("group-1", 10), wonByUnit("group-2", 20)), false, null, null));
        assertThat(outcome.parts()).extracting(TargetSplitPart::value).containsExactly(won(10), won(20));
    }

    // --- drafts ---

    @Test
    void aDraftIsKeptEvenWhenItDoesNotAddUpAndTouchesNoChildTarget() {
        int mark = scenario.mark();
        SplitOutcome outcome = scenario.send(split(true, toUnit("group-1", "500000.00")));

        assertThat(scenario.since(mark)).containsExactly(new TargetSplitEvent(PARENT, 2, 1, SplitStatus.DRAFT, Q2_2026,
                company(), rub("1000000.00"), List.of(new TargetSplitPart(null, unit("group-1"), rub("500000.00"))),
                rub("500000.00"), List.of(), null, NOW));
        assertThat(outcome.status()).isEqualTo("DRAFT");
    }

    @Test
    void finalisingADraftChecksTheSumAgain() {
        scenario.send(split(true, toUnit("group-1", "500000.00")));
        int mark = scenario.mark();
        assertThatThrownBy(() -> scenario.send(new FinaliseTargetSplitCommand(PARENT, null)))
                .isInstanceOf(SplitDoesNotAddUpException.class)
                .hasMessageContaining("a difference of 500000.00 RUB");
        assertThat(scenario.since(mark)).isEmpty();

        scenario.send(split(true, toUnit("group-1", "500000.00"), toUnit("group-2", "500000.00")));
        mark = scenario.mark();
        scenario.send(new FinaliseTargetSplitCommand(PARENT, null));
        List<TargetSplitPart> parts = List.of(
                new TargetSplitPart("child-1", unit("group-1"), rub("500000.00")),
                new TargetSplitPart("child-2", unit("group-2"), rub("500000.00")));
        assertThat(scenario.since(mark)).containsExactly(
                new TargetSplitFinalisedEvent(PARENT, 4, 2, Q2_2026, company(), rub("1000000.00"), parts, List.of(), NOW),
                childSet("child-1", unit("group-1"), rub("500000.00"), PARENT, 2),
                childSet("child-2", unit("group-2"), rub("500000.00"), PARENT, 2));
    }

    @Test
    void aDraftIsFinalisedAgainstTheTargetAsItIsThen() {
        scenario.send(split(true, toUnit("group-1", "600000.00"), toUnit("group-2", "400000.00")));
        scenario.send(new ReviseTargetCommand(PARENT, new BigDecimal("1100000.00"), null, null, null, null, null, null, null, null));
        assertThatThrownBy(() -> scenario.send(new FinaliseTargetSplitCommand(PARENT, null)))
                .isInstanceOf(SplitDoesNotAddUpException.class)
                .hasMessageContaining("the target is 1100000.00 RUB");
    }

    @Test
    void onlyADraftIsFinalised() {
        assertThatThrownBy(() -> scenario.send(new FinaliseTargetSplitCommand(PARENT, null)))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).rule()).isEqualTo("no-draft-split");
        scenario.send(split(false, toUnit("group-1", "1000000.00")));
        assertThatThrownBy(() -> scenario.send(new FinaliseTargetSplitCommand(PARENT, null)))
                .isInstanceOf(RuleViolationException.class);
    }

    // --- re-splitting ---

    @Test
    void reSplittingIsANewRevisionThatUpdatesKeptChildrenCreatesNewOnesAndReleasesTheRest() {
        scenario.send(split(false, toUnit("group-1", "600000.00"), toUnit("group-2", "400000.00")));
        int mark = scenario.mark();
        SplitOutcome outcome = scenario.send(split(false, toUnit("group-1", "500000.00"), toUnit("group-3", "500000.00")));

        List<TargetSplitPart> parts = List.of(
                new TargetSplitPart("child-1", unit("group-1"), rub("500000.00")),
                new TargetSplitPart("child-3", unit("group-3"), rub("500000.00")));
        assertThat(scenario.since(mark)).containsExactly(
                new TargetSplitEvent(PARENT, 3, 2, SplitStatus.FINAL, Q2_2026, company(), rub("1000000.00"), parts,
                        rub("1000000.00"), List.of("child-2"), null, NOW),
                new TargetRevisedEvent("child-1", 2, Q2_2026, unit("group-1"), rub("500000.00"), rub("600000.00"), null,
                        PARENT, 2, null, NOW),
                childSet("child-3", unit("group-3"), rub("500000.00"), PARENT, 2),
                new TargetCancelledEvent("child-2", 2, Q2_2026, unit("group-2"), rub("400000.00"), PARENT, 2, null, NOW));
        assertThat(outcome.releasedTargetIds()).containsExactly("child-2");
        assertThat(scenario.keys.holders()).containsValues("child-1", "child-3").doesNotContainValue("child-2");
        assertThat(scenario.events(PARENT)).hasSize(3);
    }

    @Test
    void anIdenticalReSplitIsStillARevisionButTouchesNoChild() {
        scenario.send(split(false, toUnit("group-1", "1000000.00")));
        int mark = scenario.mark();
        scenario.send(split(false, toUnit("group-1", "1000000.00")));
        assertThat(scenario.since(mark)).singleElement().isInstanceOf(TargetSplitEvent.class)
                .extracting(event -> ((TargetSplitEvent) event).splitRevision()).isEqualTo(2);
    }

    @Test
    void aDraftReSplitLeavesTheChildrenOfTheFinalSplitAsTheyAre() {
        scenario.send(split(false, toUnit("group-1", "600000.00"), toUnit("group-2", "400000.00")));
        int mark = scenario.mark();
        scenario.send(split(true, toUnit("group-1", "700000.00"), toUnit("group-3", "300000.00")));
        assertThat(scenario.since(mark)).containsExactly(new TargetSplitEvent(PARENT, 3, 2, SplitStatus.DRAFT, Q2_2026,
                company(), rub("1000000.00"), List.of(
                        new TargetSplitPart("child-1", unit("group-1"), rub("700000.00")),
                        new TargetSplitPart(null, unit("group-3"), rub("300000.00"))),
                rub("1000000.00"), List.of(), null, NOW));
        // while the re-split is a draft, the target may be revised; the draft is checked when finalised
        scenario.send(new ReviseTargetCommand(PARENT, new BigDecimal("1200000.00"), null, null, null, null, null, null, null, null));
        scenario.send(split(true, toUnit("group-1", "700000.00"), toUnit("group-3", "500000.00")));
        SplitOutcome outcome = scenario.send(new FinaliseTargetSplitCommand(PARENT, null));
        assertThat(outcome.releasedTargetIds()).containsExactly("child-2");
        assertThat(outcome.parts()).extracting(TargetSplitPart::childTargetId).containsExactly("child-1", "child-3");
    }

    // --- children of their own ---

    @Test
    void aGroupsPartIsSplitFurtherAcrossItsManagers() {
        scenario.send(split(false, toUnit("group-1", "600000.00"), toUnit("group-2", "400000.00")));
        SplitOutcome outcome = scenario.send(new SplitTargetCommand("child-1",
                parts(toEmployee("manager-1", "350000.00"), toEmployee("manager-2", "250000.00")), false, null, null));
        assertThat(outcome.parts()).extracting(TargetSplitPart::childTargetId).containsExactly("child-3", "child-4");
        assertThat(scenario.events("child-3")).containsExactly(
                childSet("child-3", employee("manager-1"), rub("350000.00"), "child-1", 1));
    }

    @Test
    void aChildWithAFinalSplitOfItsOwnKeepsItsValueUntilThatSplitIsADraft() {
        scenario.send(split(false, toUnit("group-1", "600000.00"), toUnit("group-2", "400000.00")));
        scenario.send(new SplitTargetCommand("child-1",
                parts(toEmployee("manager-1", "350000.00"), toEmployee("manager-2", "250000.00")), false, null, null));
        int mark = scenario.mark();
        assertThatThrownBy(() -> scenario.send(split(false, toUnit("group-1", "700000.00"), toUnit("group-2", "300000.00"))))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).rule()).isEqualTo("child-has-final-split");
        assertThatThrownBy(() -> scenario.send(split(false, toUnit("group-2", "1000000.00"))))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).rule()).isEqualTo("child-has-final-split");
        assertThat(scenario.since(mark)).isEmpty();

        scenario.send(new SplitTargetCommand("child-1",
                parts(toEmployee("manager-1", "400000.00"), toEmployee("manager-2", "300000.00")), true, null, null));
        scenario.send(split(false, toUnit("group-1", "700000.00"), toUnit("group-2", "300000.00")));
        SplitOutcome outcome = scenario.send(new FinaliseTargetSplitCommand("child-1", null));
        assertThat(outcome.status()).isEqualTo("FINAL");
    }

    @Test
    void aStandaloneTargetOfAPartsSubjectIsTakenIntoTheSplit() {
        scenario.send(amountTarget("own", io.salescrm.org.api.target.PeriodType.QUARTER, Q2_2026.start(),
                TargetSubjectType.UNIT, "group-1", "550000.00", "RUB"));
        int mark = scenario.mark();
        SplitOutcome outcome = scenario.send(split(false, toUnit("group-1", "600000.00"), toUnit("group-2", "400000.00")));

        assertThat(outcome.parts()).extracting(TargetSplitPart::childTargetId).containsExactly("own", "child-1");
        assertThat(scenario.since(mark)).contains(new TargetRevisedEvent("own", 2, Q2_2026, unit("group-1"),
                rub("600000.00"), rub("550000.00"), null, PARENT, 1, null, NOW));
        assertThatThrownBy(() -> scenario.send(new CancelTargetCommand("own", null, null)))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aSubjectsTargetThatBelongsToAnotherSplitIsAConflict() {
        scenario.send(amountTarget("other-parent", io.salescrm.org.api.target.PeriodType.QUARTER, Q2_2026.start(),
                TargetSubjectType.UNIT, "department-1", "100.00", "RUB"));
        scenario.send(new SplitTargetCommand("other-parent", parts(toUnit("group-1", "100.00")), false, null, null));
        int mark = scenario.mark();
        assertThatThrownBy(() -> scenario.send(split(false, toUnit("group-1", "1000000.00"))))
                .isInstanceOf(TargetConflictException.class)
                .hasMessageContaining("a part of the split of target other-parent");
        assertThat(scenario.since(mark)).isEmpty();
    }

    // --- withdrawing and cancelling ---

    @Test
    void withdrawingTheSplitReleasesTheChildrenAndThenTheTargetCanBeCancelled() {
        scenario.send(split(false, toUnit("group-1", "600000.00"), toUnit("group-2", "400000.00")));
        assertThatThrownBy(() -> scenario.send(new CancelTargetCommand(PARENT, null, null)))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).rule()).isEqualTo("target-has-final-split");

        int mark = scenario.mark();
        SplitOutcome outcome = scenario.send(new WithdrawTargetSplitCommand(PARENT, "Reorganisation", null));
        assertThat(scenario.since(mark)).containsExactly(
                new TargetSplitWithdrawnEvent(PARENT, 3, 2, Q2_2026, company(), rub("1000000.00"),
                        List.of("child-1", "child-2"), "Reorganisation", NOW),
                new TargetCancelledEvent("child-1", 2, Q2_2026, unit("group-1"), rub("600000.00"), PARENT, 2, "Reorganisation", NOW),
                new TargetCancelledEvent("child-2", 2, Q2_2026, unit("group-2"), rub("400000.00"), PARENT, 2, "Reorganisation", NOW));
        assertThat(outcome.status()).isEqualTo("WITHDRAWN");

        scenario.send(new CancelTargetCommand(PARENT, null, null));
        assertThat(scenario.events(PARENT)).last().isInstanceOf(TargetCancelledEvent.class);
        assertThat(scenario.keys.holders()).isEmpty();
    }

    @Test
    void withoutASplitThereIsNothingToWithdraw() {
        assertThatThrownBy(() -> scenario.send(new WithdrawTargetSplitCommand(PARENT, null, null)))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).rule()).isEqualTo("no-split");
    }

    @Test
    void aCancelledTargetIsNotSplit() {
        scenario.send(new CancelTargetCommand(PARENT, null, null));
        assertThatThrownBy(() -> scenario.send(split(false, toUnit("group-1", "1000000.00"))))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).rule()).isEqualTo("target-cancelled");
    }

    // --- what a split may contain ---

    @Test
    void anEmployeesTargetIsNotSplit() {
        scenario.send(amountTarget("personal", io.salescrm.org.api.target.PeriodType.QUARTER, Q2_2026.start(),
                TargetSubjectType.EMPLOYEE, "manager-1", "100.00", "RUB"));
        assertThatThrownBy(() -> scenario.send(new SplitTargetCommand("personal", parts(toEmployee("manager-2", "100.00")),
                false, null, null)))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).rule()).isEqualTo("employee-target-not-splittable");
    }

    @Test
    void aPartIsAUnitOrAnEmployeeOtherThanTheTargetsSubjectAndAppearsOnce() {
        assertField(split(false, new SplitPartSpec(TargetSubjectType.COMPANY, "company", BigDecimal.TEN, null, null)),
                "children[0].subjectType");
        assertField(split(false, toUnit("group-1", "500000.00"), toUnit("group-1", "500000.00")), "children[1].subjectId");
        assertField(new SplitTargetCommand(PARENT, List.of(), false, null, null), "children");
    }

    @Test
    void aPartHasTheMeasureAndCurrencyOfTheTarget() {
        assertField(split(false, new SplitPartSpec(TargetSubjectType.UNIT, "group-1", null, null, 5L)), "children[0].count");
        assertField(split(false, new SplitPartSpec(TargetSubjectType.UNIT, "group-1", BigDecimal.TEN, "USD", null)),
                "children[0].currency");
        assertField(split(false, toUnit("group-1", "-1.00")), "children[0].amount");
        assertField(split(true, toUnit("group-1", "0.001")), "children[0].amount");
    }

    @Test
    void aSplitOfAStaleRevisionIsRefused() {
        assertThatThrownBy(() -> scenario.send(new SplitTargetCommand(PARENT, parts(toUnit("group-1", "1000000.00")),
                false, null, 7)))
                .isInstanceOf(StaleTargetRevisionException.class);
    }

    private void assertField(SplitTargetCommand command, String field) {
        int mark = scenario.mark();
        assertThatThrownBy(() -> scenario.send(command))
                .isInstanceOf(InvalidFieldException.class)
                .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo(field);
        assertThat(scenario.since(mark)).isEmpty();
    }

    private static SplitTargetCommand split(boolean draft, SplitPartSpec... parts) {
        return new SplitTargetCommand(PARENT, List.of(parts), draft, null, null);
    }
}
