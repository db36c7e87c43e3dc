package io.salescrm.pipeline.deal.command;

import io.salescrm.pipeline.api.deal.AttachContactToDealCommand;
import io.salescrm.pipeline.api.deal.ChangeDealDetailsCommand;
import io.salescrm.pipeline.api.deal.CreateDealCommand;
import io.salescrm.pipeline.api.deal.DealCompanySetEvent;
import io.salescrm.pipeline.api.deal.DealContactAttachedEvent;
import io.salescrm.pipeline.api.deal.DealContactDetachedEvent;
import io.salescrm.pipeline.api.deal.DealCreatedEvent;
import io.salescrm.pipeline.api.deal.DealDetailsChangedEvent;
import io.salescrm.pipeline.api.deal.DealLostEvent;
import io.salescrm.pipeline.api.deal.DealMovedToPipelineEvent;
import io.salescrm.pipeline.api.deal.DealMovedToStageEvent;
import io.salescrm.pipeline.api.deal.DealProductRowsSetEvent;
import io.salescrm.pipeline.api.deal.DealReassignedEvent;
import io.salescrm.pipeline.api.deal.DealReopenedEvent;
import io.salescrm.pipeline.api.deal.DealWonEvent;
import io.salescrm.pipeline.api.deal.DetachContactFromDealCommand;
import io.salescrm.pipeline.api.deal.DiscountType;
import io.salescrm.pipeline.api.deal.MoveDealToPipelineCommand;
import io.salescrm.pipeline.api.deal.MoveDealToStageCommand;
import io.salescrm.pipeline.api.deal.ProductRow;
import io.salescrm.pipeline.api.deal.ProductRowLine;
import io.salescrm.pipeline.api.deal.ReassignDealCommand;
import io.salescrm.pipeline.api.deal.ReopenDealCommand;
import io.salescrm.pipeline.api.deal.SetDealCompanyCommand;
import io.salescrm.pipeline.api.deal.SetDealProductRowsCommand;
import io.salescrm.pipeline.api.deal.TargetStage;
import io.salescrm.pipeline.api.lead.LeadSource;
import io.salescrm.pipeline.api.pipeline.DealField;
import io.salescrm.pipeline.api.pipeline.StageSemantics;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.rules.RuleViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.salescrm.pipeline.deal.DealMother.FIRST_STAGE;
import static io.salescrm.pipeline.deal.DealMother.RESPONSIBLE;
import static io.salescrm.pipeline.deal.DealMother.created;

/** The deal's rules after creation: rows, stages, closing and reopening, pipelines, people and links. */
class DealLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");
    private static final String ID = "deal-1";
    private static final TargetStage PROPOSAL = stage("proposal", StageSemantics.IN_PROGRESS, 50, DealField.AMOUNT, DealField.COMPANY_ID);
    private static final TargetStage WON = stage("won", StageSemantics.WON, 100);
    private static final TargetStage WON_BIG = stage("won-big", StageSemantics.WON, 100);
    private static final TargetStage LOST = stage("lost", StageSemantics.LOST, 0);

    private FixtureConfiguration<Deal> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Deal.class);
    }

    private static TargetStage stage(String id, StageSemantics semantics, int probability, DealField... required) {
        return new TargetStage("sales", id, semantics, probability, List.of(required));
    }

    /** A RUB deal of 1500.00 in the first stage, created at NOW. */
    private static DealCreatedEvent aDeal() {
        return created(ID, "First deal", new BigDecimal("1500.00"), "RUB", "RUB", BigDecimal.ONE, new BigDecimal("1500.00"), NOW, RESPONSIBLE, false);
    }

    private static ProductRowLine line(String rowId, String price, String quantity, DiscountType type, String discount) {
        return new ProductRowLine(rowId, "product-1", null, "Licence", "LIC", new BigDecimal(price), new BigDecimal(quantity),
                type, discount == null ? null : new BigDecimal(discount), new BigDecimal("20"));
    }

    @Test
    void aDealWithProductRowsHasTheirExactSumAsItsAmount() {
        var rows = List.of(line("r1", "1000.00", "2", DiscountType.PERCENT, "12.5"), line("r2", "0.10", "3.333", DiscountType.AMOUNT, "0.01"));
        fixture.givenCurrentTime(NOW)
                .when(new CreateDealCommand(ID, "Rows", null, "USD", "RUB", new BigDecimal("80"), RESPONSIBLE, false,
                        FIRST_STAGE, rows, null, null, null, null, null, null, null, null, null))
                // 2000.00 - 12.5 % = 1750.00; 0.3333 - 0.01 = 0.3233 -> 0.32; sum 1750.32; x 80 = 140025.60
                .expectEvents(new DealCreatedEvent(ID, "Rows", new BigDecimal("1750.32"), "USD", "RUB", new BigDecimal("80"),
                        new BigDecimal("140025.60"), NOW, RESPONSIBLE, false, "sales", "new", 10, List.of(
                        new ProductRow("r1", "product-1", null, "Licence", "LIC", new BigDecimal("1000.00"), new BigDecimal("2"),
                                DiscountType.PERCENT, new BigDecimal("12.5"), new BigDecimal("20"), new BigDecimal("1750.00")),
                        new ProductRow("r2", "product-1", null, "Licence", "LIC", new BigDecimal("0.10"), new BigDecimal("3.333"),
                                DiscountType.AMOUNT, new BigDecimal("0.01"), new BigDecimal("20"), new BigDecimal("0.32"))),
                        null, null, null, null, null, null, null, null));
    }

    @Test
    void anAmountThatIsNotTheSumOfTheRowsIsRefused() {
        fixture.givenCurrentTime(NOW)
                .when(new CreateDealCommand(ID, "Rows", new BigDecimal("5.00"), "RUB", "RUB", BigDecimal.ONE, RESPONSIBLE, false,
                        FIRST_STAGE, List.of(line("r1", "1.00", "1", null, null)), null, null, null, null, null, null, null, null, null))
                .expectException(InvalidFieldException.class)
                .expectNoEvents();
    }

    @Test
    void aDiscountAboveTheRowIsRefused() {
        fixture.givenCurrentTime(NOW)
                .when(new CreateDealCommand(ID, "Rows", null, "RUB", "RUB", BigDecimal.ONE, RESPONSIBLE, false,
                        FIRST_STAGE, List.of(line("r1", "1.00", "1", DiscountType.AMOUNT, "1.01")), null, null, null, null, null, null, null, null, null))
                .expectException(InvalidFieldException.class);
    }

    @Test
    void aDealStartsInAnInProgressStageWithItsProbabilityAndRequiredFields() {
        fixture.givenCurrentTime(NOW)
                .when(new CreateDealCommand(ID, "Won at once", BigDecimal.ONE, "RUB", "RUB", BigDecimal.ONE, RESPONSIBLE, false,
                        WON, null, null, null, null, null, null, null, null, null, null))
                .expectException(RuleViolationException.class);
        fixture.givenNoPriorActivity()
                .when(new CreateDealCommand(ID, "No company", BigDecimal.ONE, "RUB", "RUB", BigDecimal.ONE, RESPONSIBLE, false,
                        PROPOSAL, null, null, null, null, null, null, null, null, null, null))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Stage proposal requires COMPANY_ID.");
    }

    @Test
    void customFieldsAreBoundedAndNormalised() {
        fixture.givenCurrentTime(NOW)
                .when(new CreateDealCommand(ID, "Custom", BigDecimal.ONE, "RUB", "RUB", BigDecimal.ONE, RESPONSIBLE, false,
                        FIRST_STAGE, null, null, null, null, null, null, null, null, null,
                        Map.of("seats", new BigDecimal("12.0"), "share", new BigDecimal("0.150"), "vip", true)))
                .expectEvents(new DealCreatedEvent(ID, "Custom", BigDecimal.ONE, "RUB", "RUB", BigDecimal.ONE, new BigDecimal("1.00"),
                        NOW, RESPONSIBLE, false, "sales", "new", 10, null, null, null, null, null, null, null, null,
                        Map.of("seats", 12, "share", "0.15", "vip", true)));
        fixture.givenNoPriorActivity()
                .when(new CreateDealCommand(ID, "Custom", BigDecimal.ONE, "RUB", "RUB", BigDecimal.ONE, RESPONSIBLE, false,
                        FIRST_STAGE, null, null, null, null, null, null, null, null, null, Map.of("list", List.of(1))))
                .expectException(InvalidFieldException.class);
    }

    @Test
    void settingRowsRecomputesTheAmountInTheBaseCurrency() {
        fixture.given(aDeal()).andGivenCurrentTime(NOW)
                .when(new SetDealProductRowsCommand(ID, List.of(line("r1", "10.00", "3", null, null)), "EUR", "RUB", new BigDecimal("92")))
                .expectEvents(new DealProductRowsSetEvent(ID, List.of(new ProductRow("r1", "product-1", null, "Licence", "LIC",
                        new BigDecimal("10.00"), new BigDecimal("3"), null, null, new BigDecimal("20"), new BigDecimal("30.00"))),
                        new BigDecimal("30.00"), "EUR", "RUB", new BigDecimal("92"), new BigDecimal("2760.00"), NOW));
    }

    @Test
    void detailsOfADealWithRowsKeepTheRowsAmountAndCurrency() {
        var rows = new DealProductRowsSetEvent(ID, List.of(new ProductRow("r1", null, null, "X", null, BigDecimal.TEN,
                BigDecimal.ONE, null, null, null, new BigDecimal("10.00"))), new BigDecimal("10.00"), "RUB", "RUB", BigDecimal.ONE,
                new BigDecimal("10.00"), NOW);
        fixture.given(aDeal(), rows).andGivenCurrentTime(NOW)
                .when(details(new BigDecimal("99.00"), "RUB"))
                .expectException(RuleViolationException.class);
        fixture.given(aDeal(), rows).andGivenCurrentTime(NOW)
                .when(details(null, "RUB"))
                .expectEvents(new DealDetailsChangedEvent(ID, "Renamed", new BigDecimal("10.00"), "RUB", "RUB", BigDecimal.ONE,
                        new BigDecimal("10.00"), 10, LocalDate.parse("2026-03-01"), LocalDate.parse("2026-04-01"),
                        LeadSource.CALL, "note", Map.of(), true, NOW));
    }

    @Test
    void aManualAmountChangesWithItsRate() {
        fixture.given(aDeal()).andGivenCurrentTime(NOW)
                .when(new ChangeDealDetailsCommand(ID, "Renamed", new BigDecimal("2.50"), "USD", "RUB", new BigDecimal("80.5"), 30,
                        null, null, null, null, null, false))
                .expectEvents(new DealDetailsChangedEvent(ID, "Renamed", new BigDecimal("2.50"), "USD", "RUB", new BigDecimal("80.5"),
                        new BigDecimal("201.25"), 30, null, null, null, null, Map.of(), false, NOW));
    }

    @Test
    void enteringAStageChecksItsRequiredFieldsNamingEveryMissingOne() {
        fixture.given(created(ID, "Empty", BigDecimal.ZERO, "RUB", "RUB", BigDecimal.ONE, new BigDecimal("0.00"), NOW, RESPONSIBLE, false))
                .when(new MoveDealToStageCommand(ID, PROPOSAL, null, null))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Stage proposal requires AMOUNT, COMPANY_ID.")
                .expectNoEvents();
    }

    @Test
    void aDealMovesWhenTheRequiredFieldsAreFilled() {
        fixture.given(aDeal(), new DealCompanySetEvent(ID, "company-1")).andGivenCurrentTime(NOW)
                .when(new MoveDealToStageCommand(ID, PROPOSAL, null, null))
                .expectEvents(new DealMovedToStageEvent(ID, "sales", "new", StageSemantics.IN_PROGRESS, "proposal",
                        StageSemantics.IN_PROGRESS, 50, null, NOW));
    }

    @Test
    void movingIntoTheStageTheDealIsInChangesNothing() {
        fixture.given(aDeal())
                .when(new MoveDealToStageCommand(ID, FIRST_STAGE, null, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void enteringAWonStageWinsTheDealWithItsAmount() {
        fixture.given(aDeal()).andGivenCurrentTime(NOW)
                .when(new MoveDealToStageCommand(ID, WON, null, null))
                .expectEvents(new DealMovedToStageEvent(ID, "sales", "new", StageSemantics.IN_PROGRESS, "won", StageSemantics.WON, 100, null, NOW),
                        new DealWonEvent(ID, "sales", "won", new BigDecimal("1500.00"), "RUB", "RUB", BigDecimal.ONE,
                                new BigDecimal("1500.00"), RESPONSIBLE, NOW));
    }

    @Test
    void enteringALostStageNeedsAReason() {
        fixture.given(aDeal())
                .when(new MoveDealToStageCommand(ID, LOST, " ", null))
                .expectException(InvalidFieldException.class)
                .expectNoEvents();
        fixture.given(aDeal()).andGivenCurrentTime(NOW)
                .when(new MoveDealToStageCommand(ID, LOST, "Too expensive", null))
                .expectEvents(new DealMovedToStageEvent(ID, "sales", "new", StageSemantics.IN_PROGRESS, "lost", StageSemantics.LOST, 0, null, NOW),
                        new DealLostEvent(ID, "sales", "lost", "Too expensive", new BigDecimal("1500.00"), "RUB", "RUB",
                                BigDecimal.ONE, new BigDecimal("1500.00"), RESPONSIBLE, NOW));
    }

    @Test
    void aClosedDealMovesOnlyBetweenStagesOfItsSemanticsWithoutClosingAgain() {
        var won = new DealMovedToStageEvent(ID, "sales", "new", StageSemantics.IN_PROGRESS, "won", StageSemantics.WON, 100, null, NOW);
        fixture.given(aDeal(), won)
                .when(new MoveDealToStageCommand(ID, FIRST_STAGE, null, null))
                .expectException(RuleViolationException.class);
        fixture.given(aDeal(), won).andGivenCurrentTime(NOW)
                .when(new MoveDealToStageCommand(ID, WON_BIG, null, "stage-removed"))
                .expectEvents(new DealMovedToStageEvent(ID, "sales", "won", StageSemantics.WON, "won-big", StageSemantics.WON, 100,
                        "stage-removed", NOW));
    }

    @Test
    void aMoveByThePipelineSkipsTheRequiredFields() {
        fixture.given(created(ID, "Empty", BigDecimal.ZERO, "RUB", "RUB", BigDecimal.ONE, new BigDecimal("0.00"), NOW, RESPONSIBLE, false))
                .andGivenCurrentTime(NOW)
                .when(new MoveDealToStageCommand(ID, PROPOSAL, null, "stage-removed"))
                .expectEvents(new DealMovedToStageEvent(ID, "sales", "new", StageSemantics.IN_PROGRESS, "proposal",
                        StageSemantics.IN_PROGRESS, 50, "stage-removed", NOW));
    }

    @Test
    void aClosedDealIsReopenedIntoAnInProgressStage() {
        var lost = new DealMovedToStageEvent(ID, "sales", "new", StageSemantics.IN_PROGRESS, "lost", StageSemantics.LOST, 0, null, NOW);
        fixture.given(aDeal(), lost)
                .when(new ReopenDealCommand(ID, WON))
                .expectException(RuleViolationException.class);
        fixture.given(aDeal(), lost).andGivenCurrentTime(NOW)
                .when(new ReopenDealCommand(ID, FIRST_STAGE))
                .expectEvents(new DealMovedToStageEvent(ID, "sales", "lost", StageSemantics.LOST, "new", StageSemantics.IN_PROGRESS, 10, null, NOW),
                        new DealReopenedEvent(ID, "sales", "lost", "new", NOW));
    }

    @Test
    void anOpenDealCannotBeReopened() {
        fixture.given(aDeal())
                .when(new ReopenDealCommand(ID, FIRST_STAGE))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void aStageOfAnotherPipelineNeedsTheMoveToThatPipeline() {
        var other = new TargetStage("projects", "open", StageSemantics.IN_PROGRESS, 20, List.of());
        fixture.given(aDeal())
                .when(new MoveDealToStageCommand(ID, other, null, null))
                .expectException(RuleViolationException.class);
        fixture.given(aDeal()).andGivenCurrentTime(NOW)
                .when(new MoveDealToPipelineCommand(ID, other))
                .expectEvents(new DealMovedToPipelineEvent(ID, "sales", "new", "projects", "open", 20, NOW));
    }

    @Test
    void aClosedDealOrAClosingStageCannotChangePipeline() {
        var won = new DealMovedToStageEvent(ID, "sales", "new", StageSemantics.IN_PROGRESS, "won", StageSemantics.WON, 100, null, NOW);
        var otherOpen = new TargetStage("projects", "open", StageSemantics.IN_PROGRESS, 20, List.of());
        fixture.given(aDeal(), won)
                .when(new MoveDealToPipelineCommand(ID, otherOpen))
                .expectException(RuleViolationException.class);
        fixture.given(aDeal())
                .when(new MoveDealToPipelineCommand(ID, new TargetStage("projects", "won", StageSemantics.WON, 100, List.of())))
                .expectException(RuleViolationException.class);
    }

    @Test
    void reassigningRecordsFromAndToOnlyWhenTheResponsibleChanges() {
        fixture.given(aDeal()).andGivenCurrentTime(NOW)
                .when(new ReassignDealCommand(ID, "manager-2"))
                .expectEvents(new DealReassignedEvent(ID, RESPONSIBLE, "manager-2", NOW));
        fixture.given(aDeal())
                .when(new ReassignDealCommand(ID, RESPONSIBLE))
                .expectNoEvents();
    }

    @Test
    void contactsAreAttachedOnceAndDetachedWhenAttached() {
        fixture.given(aDeal())
                .when(new AttachContactToDealCommand(ID, "contact-1"))
                .expectEvents(new DealContactAttachedEvent(ID, "contact-1"));
        fixture.given(aDeal(), new DealContactAttachedEvent(ID, "contact-1"))
                .when(new AttachContactToDealCommand(ID, "contact-1"))
                .expectNoEvents();
        fixture.given(aDeal(), new DealContactAttachedEvent(ID, "contact-1"))
                .when(new DetachContactFromDealCommand(ID, "contact-1"))
                .expectEvents(new DealContactDetachedEvent(ID, "contact-1"));
        fixture.given(aDeal())
                .when(new DetachContactFromDealCommand(ID, "contact-1"))
                .expectNoEvents();
    }

    @Test
    void theCompanyIsSetOrClearedWhenItChanges() {
        fixture.given(aDeal())
                .when(new SetDealCompanyCommand(ID, "company-1"))
                .expectEvents(new DealCompanySetEvent(ID, "company-1"));
        fixture.given(aDeal(), new DealCompanySetEvent(ID, "company-1"))
                .when(new SetDealCompanyCommand(ID, null))
                .expectEvents(new DealCompanySetEvent(ID, null));
        fixture.given(aDeal())
                .when(new SetDealCompanyCommand(ID, null))
                .expectNoEvents();
    }

    private static ChangeDealDetailsCommand details(BigDecimal amount, String currency) {
        return new ChangeDealDetailsCommand(ID, "Renamed", amount, currency, "RUB", BigDecimal.ONE, null,
                LocalDate.parse("2026-03-01"), LocalDate.parse("2026-04-01"), LeadSource.CALL, "note", Map.of(), true);
    }
}
