package io.salescrm.org.target.command;

import io.salescrm.org.api.target.CancelTargetCommand;
import io.salescrm.org.api.target.PeriodType;
import io.salescrm.org.api.target.ReviseTargetCommand;
import io.salescrm.org.api.target.SetTargetCommand;
import io.salescrm.org.api.target.SplitStatus;
import io.salescrm.org.api.target.TargetCancelledEvent;
import io.salescrm.org.api.target.TargetGrowth;
import io.salescrm.org.api.target.TargetMeasure;
import io.salescrm.org.api.target.TargetPeriod;
import io.salescrm.org.api.target.TargetRevisedEvent;
import io.salescrm.org.api.target.TargetSetEvent;
import io.salescrm.org.api.target.TargetSplitEvent;
import io.salescrm.org.api.target.TargetSplitPart;
import io.salescrm.org.api.target.TargetSubjectType;
import io.salescrm.org.api.target.TargetValue;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.rules.RuleViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static io.salescrm.org.target.TargetMother.NOW;
import static io.salescrm.org.target.TargetMother.Q2;
import static io.salescrm.org.target.TargetMother.Q2_2026;
import static io.salescrm.org.target.TargetMother.amountTarget;
import static io.salescrm.org.target.TargetMother.childSet;
import static io.salescrm.org.target.TargetMother.company;
import static io.salescrm.org.target.TargetMother.companyTarget;
import static io.salescrm.org.target.TargetMother.companyTargetSet;
import static io.salescrm.org.target.TargetMother.countTarget;
import static io.salescrm.org.target.TargetMother.growthTarget;
import static io.salescrm.org.target.TargetMother.rub;
import static io.salescrm.org.target.TargetMother.unit;
import static io.salescrm.org.target.TargetMother.won;
import static org.assertj.core.api.Assertions.assertThat;

/** One test per business rule of a single target; splits are in {@link TargetSplitTest}. */
class TargetTest {

    private FixtureConfiguration<Target> fixture;
    private InMemoryTargetKeys keys;

    @BeforeEach
    void setUp() {
        keys = new InMemoryTargetKeys();
        fixture = new AggregateTestFixture<>(Target.class);
        fixture.registerInjectableResource(keys);
    }

    // --- setting a target: period, subject, value ---

    @Test
    void aTargetIsSetForAPeriodFromItsFirstToItsLastDay() {
        fixture.givenCurrentTime(NOW)
                .when(companyTarget("t-1", "1000000.00"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(companyTargetSet("t-1", "1000000.00"));
        assertThat(Q2_2026.end()).isEqualTo(LocalDate.parse("2026-06-30"));
        assertThat(keys.holders()).containsValue("t-1");
    }

    @ParameterizedTest(name = "{0} from {1} ends on {2}")
    @CsvSource({
            "MONTH, 2024-02-01, 2024-02-29",
            "MONTH, 2026-12-01, 2026-12-31",
            "QUARTER, 2026-10-01, 2026-12-31",
            "HALF_YEAR, 2026-07-01, 2026-12-31",
            "YEAR, 2026-01-01, 2026-12-31"})
    void everyPeriodTypeStartsOnItsFirstDayAndEndsOnItsLastDay(PeriodType type, LocalDate start, LocalDate end) {
        fixture.givenCurrentTime(NOW)
                .when(amountTarget("t-2", type, start, TargetSubjectType.UNIT, "group-1", "10.00", "RUB"))
                .expectEvents(new TargetSetEvent("t-2", 1, new TargetPeriod(type, start, end), unit("group-1"),
                        rub("10.00"), null, null, null, null, NOW));
    }

    @ParameterizedTest(name = "{0} cannot start on {1}")
    @CsvSource({
            "MONTH, 2026-04-02",
            "QUARTER, 2026-02-01",
            "QUARTER, 2026-05-01",
            "HALF_YEAR, 2026-04-01",
            "YEAR, 2026-07-01",
            "YEAR, 1969-01-01"})
    void aPeriodMustStartOnTheFirstDayOfItsType(PeriodType type, LocalDate start) {
        fixture.givenCurrentTime(NOW)
                .when(amountTarget("t-3", type, start, TargetSubjectType.COMPANY, "company", "10.00", "RUB"))
                .expectException(fieldError("periodStart"))
                .expectNoEvents();
    }

    @Test
    void aWonCountTargetCountsWonDeals() {
        fixture.givenCurrentTime(NOW)
                .when(countTarget("t-4", TargetSubjectType.EMPLOYEE, "manager-1", 12))
                .expectEvents(new TargetSetEvent("t-4", 1, Q2_2026, io.salescrm.org.target.TargetMother.employee("manager-1"),
                        won(12), null, null, null, null, NOW));
    }

    @Test
    void anAmountIsKeptAtTheMinorUnitOfItsCurrency() {
        fixture.givenCurrentTime(NOW)
                .when(amountTarget("t-5", PeriodType.YEAR, LocalDate.parse("2026-01-01"), TargetSubjectType.COMPANY,
                        "company", "250", "RUB"))
                .expectEvents(new TargetSetEvent("t-5", 1, TargetPeriod.of(PeriodType.YEAR, LocalDate.parse("2026-01-01")),
                        company(), rub("250.00"), null, null, null, null, NOW));
    }

    @Test
    void anAmountWithMoreDecimalsThanAllowedIsRefused() {
        fixture.givenCurrentTime(NOW)
                .when(companyTarget("t-6", "10.001"))
                .expectException(fieldError("amount"))
                .expectNoEvents();
        fixture.givenCurrentTime(NOW)
                .when(amountTarget("t-6", PeriodType.QUARTER, Q2, TargetSubjectType.COMPANY, "company", "10.50", "JPY"))
                .expectException(fieldError("amount"))
                .expectNoEvents();
    }

    @Test
    void aNegativeAmountIsRefused() {
        fixture.givenCurrentTime(NOW)
                .when(companyTarget("t-7", "-1.00"))
                .expectException(fieldError("amount"))
                .expectExceptionMessage("must not be negative")
                .expectNoEvents();
    }

    @Test
    void anAmountTargetNeedsACurrencyAndNoCount() {
        fixture.givenCurrentTime(NOW)
                .when(amountTarget("t-8", PeriodType.QUARTER, Q2, TargetSubjectType.COMPANY, "company", "10.00", null))
                .expectException(fieldError("currency"))
                .expectNoEvents();
        fixture.givenCurrentTime(NOW)
                .when(new SetTargetCommand("t-8", PeriodType.QUARTER, Q2, TargetSubjectType.COMPANY, "company",
                        TargetMeasure.AMOUNT, BigDecimal.TEN, "RUB", 5L, null, null, null, null, null))
                .expectException(fieldError("count"))
                .expectNoEvents();
    }

    @Test
    void aWonCountTargetHasNoCurrency() {
        fixture.givenCurrentTime(NOW)
                .when(new SetTargetCommand("t-9", PeriodType.QUARTER, Q2, TargetSubjectType.COMPANY, "company",
                        TargetMeasure.WON_COUNT, null, "RUB", 5L, null, null, null, null, null))
                .expectException(fieldError("currency"))
                .expectNoEvents();
    }

    @Test
    void aSubjectIdOfUnexpectedCharactersIsRefused() {
        fixture.givenCurrentTime(NOW)
                .when(amountTarget("t-10", PeriodType.QUARTER, Q2, TargetSubjectType.UNIT, "group 1; drop", "1.00", "RUB"))
                .expectException(fieldError("subjectId"))
                .expectNoEvents();
    }

    @Test
    void aSubjectHasAtMostOneActiveTargetPerPeriodAndMeasure() {
        keys.claim(new TargetKey(company(), Q2_2026, TargetMeasure.AMOUNT), "t-earlier");
        fixture.givenCurrentTime(NOW)
                .when(companyTarget("t-11", "5.00"))
                .expectException(TargetConflictException.class)
                .expectNoEvents();
        // a count target of the same subject and period is another measure
        fixture.givenCurrentTime(NOW)
                .when(countTarget("t-12", TargetSubjectType.COMPANY, "company", 100))
                .expectSuccessfulHandlerExecution();
    }

    // --- growth over a baseline ---

    @Test
    void growthOverLastYearsSameQuarterIsComputedAndRecordedWithItsBaseline() {
        TargetPeriod q2Of2025 = TargetPeriod.of(PeriodType.QUARTER, LocalDate.parse("2025-04-01"));
        fixture.givenCurrentTime(NOW)
                .when(growthTarget("t-20", "70", "1000000.00"))
                .expectEvents(new TargetSetEvent("t-20", 1, Q2_2026, company(), rub("1700000.00"),
                        new TargetGrowth(new BigDecimal("70"), q2Of2025, rub("1000000.00")), null, null, null, NOW));
    }

    @Test
    void aGrownAmountIsRoundedHalfEvenToTheCurrencysMinorUnit() {
        // 12.50 x 1.01 = 12.625 -> 12.62 (half-even; half-up would give 12.63)
        fixture.givenCurrentTime(NOW)
                .when(growthTarget("t-21", "1", "12.50"))
                .expectEvents(new TargetSetEvent("t-21", 1, Q2_2026, company(), rub("12.62"),
                        new TargetGrowth(BigDecimal.ONE, TargetPeriod.of(PeriodType.QUARTER, LocalDate.parse("2025-04-01")),
                                rub("12.50")), null, null, null, NOW));
        // 12.70 x 1.005 = 12.7635 -> 12.76
        keys.holders().clear();
        fixture.givenCurrentTime(NOW)
                .when(growthTarget("t-22", "0.5", "12.70"))
                .expectEvents(new TargetSetEvent("t-22", 1, Q2_2026, company(), rub("12.76"),
                        new TargetGrowth(new BigDecimal("0.5"), TargetPeriod.of(PeriodType.QUARTER, LocalDate.parse("2025-04-01")),
                                rub("12.70")), null, null, null, NOW));
    }

    @ParameterizedTest(name = "{0} won deals + {1}% = {2}")
    @CsvSource({"10, 15, 12", "7, 1, 8", "20, 0, 20", "20, -50, 10", "3, 33.33, 4"})
    void aGrownCountIsRoundedUp(long baseline, String percent, long expected) {
        fixture.givenCurrentTime(NOW)
                .when(new SetTargetCommand("t-23", PeriodType.QUARTER, Q2, TargetSubjectType.UNIT, "group-1",
                        TargetMeasure.WON_COUNT, null, null, null, new BigDecimal(percent), null, null, baseline, null))
                .expectEvents(new TargetSetEvent("t-23", 1, Q2_2026, unit("group-1"), won(expected),
                        new TargetGrowth(new BigDecimal(percent), TargetPeriod.of(PeriodType.QUARTER, LocalDate.parse("2025-04-01")),
                                won(baseline)), null, null, null, NOW));
    }

    @Test
    void theBaselineMayBeAnotherEarlierPeriodOfTheSameType() {
        TargetPeriod q1 = TargetPeriod.of(PeriodType.QUARTER, LocalDate.parse("2026-01-01"));
        fixture.givenCurrentTime(NOW)
                .when(new SetTargetCommand("t-24", PeriodType.QUARTER, Q2, TargetSubjectType.COMPANY, "company",
                        TargetMeasure.AMOUNT, null, "RUB", null, new BigDecimal("10"), q1.start(),
                        new BigDecimal("500.00"), null, null))
                .expectEvents(new TargetSetEvent("t-24", 1, Q2_2026, company(), rub("550.00"),
                        new TargetGrowth(new BigDecimal("10"), q1, rub("500.00")), null, null, null, NOW));
    }

    @Test
    void theBaselinePeriodMustBeAValidPeriodEndingBeforeTheTarget() {
        fixture.givenCurrentTime(NOW)
                .when(withBaselineStart("2026-04-01"))
                .expectException(fieldError("baselinePeriodStart"))
                .expectNoEvents();
        fixture.givenCurrentTime(NOW)
                .when(withBaselineStart("2026-02-01"))
                .expectException(fieldError("baselinePeriodStart"))
                .expectNoEvents();
    }

    @Test
    void eitherAValueOrGrowthWithABaselineIsGiven() {
        fixture.givenCurrentTime(NOW)
                .when(new SetTargetCommand("t-26", PeriodType.QUARTER, Q2, TargetSubjectType.COMPANY, "company",
                        TargetMeasure.AMOUNT, BigDecimal.TEN, "RUB", null, BigDecimal.TEN, null, BigDecimal.ONE, null, null))
                .expectException(fieldError("amount"))
                .expectNoEvents();
        fixture.givenCurrentTime(NOW)
                .when(new SetTargetCommand("t-26", PeriodType.QUARTER, Q2, TargetSubjectType.COMPANY, "company",
                        TargetMeasure.AMOUNT, null, "RUB", null, BigDecimal.TEN, null, null, null, null))
                .expectException(fieldError("baselineAmount"))
                .expectNoEvents();
        fixture.givenCurrentTime(NOW)
                .when(new SetTargetCommand("t-26", PeriodType.QUARTER, Q2, TargetSubjectType.COMPANY, "company",
                        TargetMeasure.AMOUNT, null, "RUB", null, null, null, BigDecimal.ONE, null, null))
                .expectException(fieldError("growthPercent"))
                .expectNoEvents();
        fixture.givenCurrentTime(NOW)
                .when(amountTarget("t-26", PeriodType.QUARTER, Q2, TargetSubjectType.COMPANY, "company", null, "RUB"))
                .expectException(fieldError("amount"))
                .expectNoEvents();
    }

    @Test
    void growthBelowMinusHundredPercentIsRefused() {
        fixture.givenCurrentTime(NOW)
                .when(growthTarget("t-27", "-100.01", "10.00"))
                .expectException(fieldError("growthPercent"))
                .expectNoEvents();
    }

    // --- revising ---

    @Test
    void aRevisionReplacesTheValueAndKeepsThePreviousOneInItsEvent() {
        fixture.given(companyTargetSet("t-30", "1000000.00"))
                .andGivenCurrentTime(NOW)
                .when(revise("t-30", "1200000.00", null))
                .expectResultMessagePayload(2)
                .expectEvents(new TargetRevisedEvent("t-30", 2, Q2_2026, company(), rub("1200000.00"), rub("1000000.00"),
                        null, null, null, null, NOW));
    }

    @Test
    void aRevisionMayStateGrowth() {
        fixture.given(companyTargetSet("t-31", "1000000.00"))
                .andGivenCurrentTime(NOW)
                .when(new ReviseTargetCommand("t-31", null, "RUB", null, new BigDecimal("70"), null,
                        new BigDecimal("800000.00"), null, "Board asks for +70%", null))
                .expectEvents(new TargetRevisedEvent("t-31", 2, Q2_2026, company(), rub("1360000.00"), rub("1000000.00"),
                        new TargetGrowth(new BigDecimal("70"), TargetPeriod.of(PeriodType.QUARTER, LocalDate.parse("2025-04-01")),
                                rub("800000.00")), null, null, "Board asks for +70%", NOW));
    }

    @Test
    void aRevisionToTheSameValueChangesNothing() {
        fixture.given(companyTargetSet("t-32", "1000000.00"))
                .when(revise("t-32", "1000000", null))
                .expectResultMessagePayload(1)
                .expectNoEvents();
    }

    @Test
    void theCurrencyOfATargetCannotBeRevised() {
        fixture.given(companyTargetSet("t-33", "100.00"))
                .when(new ReviseTargetCommand("t-33", BigDecimal.TEN, "USD", null, null, null, null, null, null, null))
                .expectException(fieldError("currency"))
                .expectNoEvents();
    }

    @Test
    void aStaleRevisionIsRefused() {
        fixture.given(companyTargetSet("t-34", "100.00"),
                        new TargetRevisedEvent("t-34", 2, Q2_2026, company(), rub("200.00"), rub("100.00"), null, null, null, null, NOW))
                .when(revise("t-34", "300.00", 1))
                .expectException(StaleTargetRevisionException.class)
                .expectNoEvents();
    }

    @Test
    void aCancelledTargetIsNotRevised() {
        fixture.given(companyTargetSet("t-35", "100.00"), cancelled("t-35", 2, rub("100.00")))
                .when(revise("t-35", "300.00", null))
                .expectException(rule("target-cancelled"))
                .expectNoEvents();
    }

    @Test
    void aPartOfASplitIsOnlyChangedByRe_splittingItsParent() {
        fixture.given(childSet("t-36", unit("group-1"), rub("600.00"), "parent-1", 1))
                .when(revise("t-36", "700.00", null))
                .expectException(rule("target-part-of-split"))
                .expectNoEvents();
    }

    @Test
    void aTargetWithAFinalSplitIsNotRevisedUntilItsReSplitIsADraft() {
        fixture.given(companyTargetSet("t-37", "1000.00"), finalSplit("t-37", 2, 1))
                .when(revise("t-37", "1100.00", null))
                .expectException(rule("target-has-final-split"))
                .expectNoEvents();
        fixture.given(companyTargetSet("t-37", "1000.00"), finalSplit("t-37", 2, 1), draftSplit("t-37", 3, 2))
                .andGivenCurrentTime(NOW)
                .when(revise("t-37", "1100.00", null))
                .expectEvents(new TargetRevisedEvent("t-37", 4, Q2_2026, company(), rub("1100.00"), rub("1000.00"),
                        null, null, null, null, NOW));
    }

    @Test
    void anUnknownTargetIsNotFound() {
        fixture.givenNoPriorActivity()
                .when(revise("t-nowhere", "1.00", null))
                .expectException(org.axonframework.modelling.command.AggregateNotFoundException.class);
    }

    // --- cancelling ---

    @Test
    void cancellingATargetFreesItsSubjectPeriodAndMeasure() {
        keys.claim(new TargetKey(company(), Q2_2026, TargetMeasure.AMOUNT), "t-40");
        fixture.given(companyTargetSet("t-40", "100.00"))
                .andGivenCurrentTime(NOW)
                .when(new CancelTargetCommand("t-40", "Plan withdrawn", null))
                .expectResultMessagePayload(2)
                .expectEvents(new TargetCancelledEvent("t-40", 2, Q2_2026, company(), rub("100.00"), null, null,
                        "Plan withdrawn", NOW));
        assertThat(keys.holders()).isEmpty();
    }

    @Test
    void cancellingTwiceChangesNothing() {
        fixture.given(companyTargetSet("t-41", "100.00"), cancelled("t-41", 2, rub("100.00")))
                .when(new CancelTargetCommand("t-41", null, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aTargetWithAFinalSplitIsNotCancelled() {
        fixture.given(companyTargetSet("t-42", "1000.00"), finalSplit("t-42", 2, 1))
                .when(new CancelTargetCommand("t-42", null, null))
                .expectException(rule("target-has-final-split"))
                .expectNoEvents();
    }

    @Test
    void aTargetWithOnlyADraftSplitIsCancelled() {
        fixture.given(companyTargetSet("t-43", "1000.00"), draftSplit("t-43", 2, 1))
                .andGivenCurrentTime(NOW)
                .when(new CancelTargetCommand("t-43", null, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new TargetCancelledEvent("t-43", 3, Q2_2026, company(), rub("1000.00"), null, null, null, NOW));
    }

    @Test
    void aPartOfASplitIsNotCancelledOnItsOwn() {
        fixture.given(childSet("t-44", unit("group-1"), rub("600.00"), "parent-1", 1))
                .when(new CancelTargetCommand("t-44", null, null))
                .expectException(rule("target-part-of-split"))
                .expectNoEvents();
    }

    // --- helpers ---

    private static SetTargetCommand withBaselineStart(String baselineStart) {
        return new SetTargetCommand("t-25", PeriodType.QUARTER, Q2, TargetSubjectType.COMPANY, "company",
                TargetMeasure.AMOUNT, null, "RUB", null, BigDecimal.TEN, LocalDate.parse(baselineStart),
                new BigDecimal("100.00"), null, null);
    }

    private static ReviseTargetCommand revise(String id, String amount, Integer expectedRevision) {
        return new ReviseTargetCommand(id, new BigDecimal(amount), null, null, null, null, null, null, null, expectedRevision);
    }

    private static TargetCancelledEvent cancelled(String id, int revision, TargetValue value) {
        return new TargetCancelledEvent(id, revision, Q2_2026, company(), value, null, null, null, NOW);
    }

    private static TargetSplitEvent finalSplit(String id, int revision, int splitRevision) {
        List<TargetSplitPart> parts = List.of(
                new TargetSplitPart("child-1", unit("group-1"), rub("600.00")),
                new TargetSplitPart("child-2", unit("group-2"), rub("400.00")));
        return new TargetSplitEvent(id, revision, splitRevision, SplitStatus.FINAL, Q2_2026, company(), rub("1000.00"),
                parts, rub("1000.00"), List.of(), null, NOW);
    }

    private static TargetSplitEvent draftSplit(String id, int revision, int splitRevision) {
        List<TargetSplitPart> parts = List.of(new TargetSplitPart(null, unit("group-1"), rub("900.00")));
        return new TargetSplitEvent(id, revision, splitRevision, SplitStatus.DRAFT, Q2_2026, company(), rub("1000.00"),
                parts, rub("900.00"), List.of(), null, NOW);
    }

    static Matcher<Object> fieldError(String field) {
        return new CustomTypeSafeMatcher<>("an InvalidFieldException about " + field) {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof InvalidFieldException e && e.field().equals(field);
            }
        };
    }

    static Matcher<Object> rule(String rule) {
        return new CustomTypeSafeMatcher<>("a RuleViolationException of rule " + rule) {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof RuleViolationException e && e.rule().equals(rule);
            }
        };
    }
}
