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
import io.salescrm.pipeline.api.deal.MoveDealToPipelineCommand;
import io.salescrm.pipeline.api.deal.MoveDealToStageCommand;
import io.salescrm.pipeline.api.deal.ProductRow;
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
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A deal: an opportunity to sell, moving through a pipeline's stages. Event-sourced. The pipeline's definition
 * is not read here: each command brings the {@link TargetStage} as the pipeline read model showed it when the
 * command was sent, and the deal checks its own rules against it (required fields, closing, reopening).
 */
@Aggregate
public class Deal {

    /** Rule codes of 422 answers. */
    static final String RULE_STAGE_REQUIRED_FIELDS = "stage-required-fields";
    static final String RULE_DEAL_CLOSED = "deal-closed";
    static final String RULE_DEAL_NOT_CLOSED = "deal-not-closed";
    static final String RULE_STAGE_NOT_IN_PROGRESS = "stage-not-in-progress";
    static final String RULE_OTHER_PIPELINE = "stage-of-another-pipeline";
    static final String RULE_AMOUNT_FROM_ROWS = "amount-from-product-rows";

    @AggregateIdentifier
    private String dealId;
    private String pipelineId;
    private String stageId;
    private StageSemantics semantics;
    private String responsibleId;
    private int currentProbability;
    private BigDecimal amount;
    private String currency;
    private String baseCurrency;
    private BigDecimal rateToBase;
    private BigDecimal amountInBase;
    private List<ProductRow> productRows = List.of();
    private String companyId;
    private Set<String> contactIds = new LinkedHashSet<>();
    private LocalDate startDate;
    private LocalDate expectedCloseDate;
    private LeadSource source;
    private String comments;

    protected Deal() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    public Deal(CreateDealCommand command) {
        String title = DealInput.title(command.title());
        DealInput.responsible(command.responsibleId());
        DealInput.rate(command.rateToBase());
        TargetStage stage = requireStage(command.stage());
        if (stage.semantics() != StageSemantics.IN_PROGRESS) {
            throw new RuleViolationException(RULE_STAGE_NOT_IN_PROGRESS, "A deal starts in an IN_PROGRESS stage, not in "
                    + stage.stageId() + " (" + stage.semantics() + ").");
        }
        int minorUnits = minorUnits(command.currency());
        List<ProductRow> rows = ProductRowPricing.price(command.productRows(), minorUnits);
        BigDecimal dealAmount = amountOf(command.amount(), rows, minorUnits);
        DealInput.optionalId("companyId", command.companyId());
        DealInput.optionalId("originLeadId", command.originLeadId());
        List<String> contacts = DealInput.contacts(command.contactIds());
        DealInput.probability(command.probability());
        DealInput.dates(command.startDate(), command.expectedCloseDate());
        DealInput.comments(command.comments());
        Map<String, Object> customFields = DealInput.customFields(command.customFields());
        requireFilled(stage, dealAmount, rows, command.companyId(), contacts, command.startDate(),
                command.expectedCloseDate(), command.source(), command.comments());
        apply(new DealCreatedEvent(command.dealId(), title, dealAmount, command.currency(), command.baseCurrency(),
                command.rateToBase(), inBase(dealAmount, command.rateToBase(), command.baseCurrency()), now(),
                command.responsibleId(), command.open(), stage.pipelineId(), stage.stageId(),
                command.probability() != null ? command.probability() : stage.probability(), rows, command.companyId(),
                contacts, command.originLeadId(), command.startDate(), command.expectedCloseDate(), command.source(),
                command.comments(), customFields));
    }

    @CommandHandler
    void handle(ChangeDealDetailsCommand command) {
        String title = DealInput.title(command.title());
        DealInput.rate(command.rateToBase());
        BigDecimal newAmount;
        if (productRows.isEmpty()) {
            DealInput.amount(command.amount());
            newAmount = command.amount();
        } else {
            if (!command.currency().equals(currency)
                    || command.amount() != null && command.amount().compareTo(amount) != 0) {
                throw new RuleViolationException(RULE_AMOUNT_FROM_ROWS, "The deal's amount and currency come from its "
                        + "product rows (" + amount.toPlainString() + " " + currency + "); change the rows instead.");
            }
            newAmount = amount;
        }
        DealInput.probability(command.probability());
        DealInput.dates(command.startDate(), command.expectedCloseDate());
        DealInput.comments(command.comments());
        Map<String, Object> customFields = DealInput.customFields(command.customFields());
        apply(new DealDetailsChangedEvent(dealId, title, newAmount, command.currency(), command.baseCurrency(),
                command.rateToBase(), inBase(newAmount, command.rateToBase(), command.baseCurrency()),
                command.probability() != null ? command.probability() : currentProbability, command.startDate(),
                command.expectedCloseDate(), command.source(), command.comments(), customFields,
                command.open(), now()));
    }

    @CommandHandler
    void handle(SetDealProductRowsCommand command) {
        DealInput.rate(command.rateToBase());
        int minorUnits = minorUnits(command.currency());
        List<ProductRow> rows = ProductRowPricing.price(command.rows(), minorUnits);
        if (rows.isEmpty() && !command.currency().equals(currency)) {
            throw new InvalidFieldException("currency", "can change with product rows only; the deal is in " + currency);
        }
        BigDecimal newAmount = rows.isEmpty() ? amount : ProductRowPricing.sum(rows, minorUnits);
        apply(new DealProductRowsSetEvent(dealId, rows, newAmount, command.currency(), command.baseCurrency(),
                command.rateToBase(), inBase(newAmount, command.rateToBase(), command.baseCurrency()), now()));
    }

    /**
     * A closed deal moves only between stages of its own semantics (e.g. from one WON stage to another, as when a
     * stage is removed); leaving WON or LOST is a reopening. A move with a {@code reason} is the pipeline's own
     * (its stage was removed) and skips the required fields: the deal must leave the stage either way.
     */
    @CommandHandler
    void handle(MoveDealToStageCommand command) {
        TargetStage stage = requireStage(command.stage());
        requireOwnPipeline(stage);
        if (semantics.closes() && stage.semantics() != semantics) {
            throw new RuleViolationException(RULE_DEAL_CLOSED, "The deal is " + semantics + "; reopen it to move it.");
        }
        if (stage.stageId().equals(stageId)) {
            return;
        }
        boolean closing = !semantics.closes() && stage.semantics().closes();
        String lostReason = closing && stage.semantics() == StageSemantics.LOST ? DealInput.lostReason(command.lostReason()) : null;
        if (command.reason() == null) {
            requireFilled(stage, amount, productRows, companyId, contactIds, startDate, expectedCloseDate, source, comments);
        }
        Instant at = now();
        apply(new DealMovedToStageEvent(dealId, pipelineId, stageId, semantics, stage.stageId(), stage.semantics(),
                stage.probability(), command.reason(), at));
        if (closing && stage.semantics() == StageSemantics.WON) {
            apply(new DealWonEvent(dealId, pipelineId, stage.stageId(), amount, currency, baseCurrency, rateToBase,
                    amountInBase, responsibleId, at));
        } else if (closing) {
            apply(new DealLostEvent(dealId, pipelineId, stage.stageId(), lostReason, amount, currency, baseCurrency,
                    rateToBase, amountInBase, responsibleId, at));
        }
    }

    @CommandHandler
    void handle(ReopenDealCommand command) {
        TargetStage stage = requireStage(command.stage());
        requireOwnPipeline(stage);
        if (!semantics.closes()) {
            throw new RuleViolationException(RULE_DEAL_NOT_CLOSED, "Only a won or lost deal can be reopened.");
        }
        requireInProgress(stage);
        requireFilled(stage, amount, productRows, companyId, contactIds, startDate, expectedCloseDate, source, comments);
        Instant at = now();
        String closedIn = stageId;
        apply(new DealMovedToStageEvent(dealId, pipelineId, stageId, semantics, stage.stageId(), stage.semantics(),
                stage.probability(), null, at));
        apply(new DealReopenedEvent(dealId, pipelineId, closedIn, stage.stageId(), at));
    }

    @CommandHandler
    void handle(MoveDealToPipelineCommand command) {
        TargetStage stage = requireStage(command.stage());
        if (stage.pipelineId().equals(pipelineId)) {
            throw new InvalidFieldException("pipelineId", "is the deal's pipeline already; move it to a stage instead");
        }
        if (semantics.closes()) {
            throw new RuleViolationException(RULE_DEAL_CLOSED, "The deal is " + semantics + "; reopen it to move it.");
        }
        requireInProgress(stage);
        requireFilled(stage, amount, productRows, companyId, contactIds, startDate, expectedCloseDate, source, comments);
        apply(new DealMovedToPipelineEvent(dealId, pipelineId, stageId, stage.pipelineId(), stage.stageId(),
                stage.probability(), now()));
    }

    @CommandHandler
    void handle(ReassignDealCommand command) {
        DealInput.responsible(command.responsibleId());
        if (!command.responsibleId().equals(responsibleId)) {
            apply(new DealReassignedEvent(dealId, responsibleId, command.responsibleId(), now()));
        }
    }

    @CommandHandler
    void handle(AttachContactToDealCommand command) {
        if (command.contactId() == null) {
            throw new InvalidFieldException("contactId", "must not be blank");
        }
        DealInput.optionalId("contactId", command.contactId());
        if (contactIds.contains(command.contactId())) {
            return;
        }
        if (contactIds.size() >= DealInput.MAX_CONTACTS) {
            throw new InvalidFieldException("contactId", "the deal holds " + DealInput.MAX_CONTACTS + " contacts already");
        }
        apply(new DealContactAttachedEvent(dealId, command.contactId()));
    }

    @CommandHandler
    void handle(DetachContactFromDealCommand command) {
        if (contactIds.contains(command.contactId())) {
            apply(new DealContactDetachedEvent(dealId, command.contactId()));
        }
    }

    @CommandHandler
    void handle(SetDealCompanyCommand command) {
        DealInput.optionalId("companyId", command.companyId());
        if (!Objects.equals(command.companyId(), companyId)) {
            apply(new DealCompanySetEvent(dealId, command.companyId()));
        }
    }

    // --- state ---------------------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(DealCreatedEvent event) {
        this.dealId = event.dealId();
        this.pipelineId = event.pipelineId();
        this.stageId = event.stageId();
        this.semantics = StageSemantics.IN_PROGRESS;
        this.responsibleId = event.responsibleId();
        this.currentProbability = event.probability();
        this.productRows = event.productRows();
        this.companyId = event.companyId();
        this.contactIds = new LinkedHashSet<>(event.contactIds());
        this.startDate = event.startDate();
        this.expectedCloseDate = event.expectedCloseDate();
        this.source = event.source();
        this.comments = event.comments();
        money(event.amount(), event.currency(), event.baseCurrency(), event.rateToBase(), event.amountInBase());
    }

    @EventSourcingHandler
    void on(DealDetailsChangedEvent event) {
        this.currentProbability = event.probability();
        this.startDate = event.startDate();
        this.expectedCloseDate = event.expectedCloseDate();
        this.source = event.source();
        this.comments = event.comments();
        money(event.amount(), event.currency(), event.baseCurrency(), event.rateToBase(), event.amountInBase());
    }

    @EventSourcingHandler
    void on(DealProductRowsSetEvent event) {
        this.productRows = event.rows();
        money(event.amount(), event.currency(), event.baseCurrency(), event.rateToBase(), event.amountInBase());
    }

    @EventSourcingHandler
    void on(DealMovedToStageEvent event) {
        this.stageId = event.toStageId();
        this.semantics = event.toSemantics();
        this.currentProbability = event.probability();
    }

    @EventSourcingHandler
    void on(DealMovedToPipelineEvent event) {
        this.pipelineId = event.toPipelineId();
        this.stageId = event.toStageId();
        this.semantics = StageSemantics.IN_PROGRESS;
        this.currentProbability = event.probability();
    }

    @EventSourcingHandler
    void on(DealReassignedEvent event) {
        this.responsibleId = event.responsibleId();
    }

    @EventSourcingHandler
    void on(DealContactAttachedEvent event) {
        contactIds.add(event.contactId());
    }

    @EventSourcingHandler
    void on(DealContactDetachedEvent event) {
        contactIds.remove(event.contactId());
    }

    @EventSourcingHandler
    void on(DealCompanySetEvent event) {
        this.companyId = event.companyId();
    }

    // --- rules ---------------------------------------------------------------------------------------------------

    private void money(BigDecimal amount, String currency, String baseCurrency, BigDecimal rateToBase, BigDecimal amountInBase) {
        this.amount = amount;
        this.currency = currency;
        this.baseCurrency = baseCurrency;
        this.rateToBase = rateToBase;
        this.amountInBase = amountInBase;
    }

    private static TargetStage requireStage(TargetStage stage) {
        if (stage == null || stage.pipelineId() == null || stage.stageId() == null || stage.semantics() == null) {
            throw new InvalidFieldException("stageId", "must name a stage of the pipeline");
        }
        return stage;
    }

    private void requireOwnPipeline(TargetStage stage) {
        if (!stage.pipelineId().equals(pipelineId)) {
            throw new RuleViolationException(RULE_OTHER_PIPELINE, "Stage " + stage.stageId() + " belongs to pipeline "
                    + stage.pipelineId() + ", the deal to " + pipelineId + "; move it to that pipeline instead.");
        }
    }

    private static void requireInProgress(TargetStage stage) {
        if (stage.semantics() != StageSemantics.IN_PROGRESS) {
            throw new RuleViolationException(RULE_STAGE_NOT_IN_PROGRESS, "Stage " + stage.stageId() + " is "
                    + stage.semantics() + "; an IN_PROGRESS stage is needed here.");
        }
    }

    /** The stage's required fields must hold values, else a 422 naming every missing one. */
    private static void requireFilled(TargetStage stage, BigDecimal amount, List<ProductRow> rows, String companyId,
                                      java.util.Collection<String> contactIds, LocalDate startDate,
                                      LocalDate expectedCloseDate, LeadSource source, String comments) {
        List<DealField> missing = new ArrayList<>();
        for (DealField field : stage.requiredFields()) {
            boolean filled = switch (field) {
                case AMOUNT -> amount != null && amount.signum() > 0;
                case COMPANY_ID -> companyId != null;
                case CONTACT_IDS -> !contactIds.isEmpty();
                case PRODUCT_ROWS -> !rows.isEmpty();
                case START_DATE -> startDate != null;
                case EXPECTED_CLOSE_DATE -> expectedCloseDate != null;
                case SOURCE -> source != null;
                case COMMENTS -> comments != null && !comments.isBlank();
            };
            if (!filled) {
                missing.add(field);
            }
        }
        if (!missing.isEmpty()) {
            throw new RuleViolationException(RULE_STAGE_REQUIRED_FIELDS, "Stage " + stage.stageId() + " requires "
                    + missing.stream().map(Enum::name).collect(Collectors.joining(", ")) + ".");
        }
    }

    private static BigDecimal amountOf(BigDecimal requested, List<ProductRow> rows, int minorUnits) {
        if (rows.isEmpty()) {
            DealInput.amount(requested);
            return requested;
        }
        BigDecimal sum = ProductRowPricing.sum(rows, minorUnits);
        if (requested != null && requested.compareTo(sum) != 0) {
            throw new InvalidFieldException("amount", "must be the sum of the product rows (" + sum.toPlainString() + ") or left out");
        }
        DealInput.amount(sum);
        return sum;
    }

    private static BigDecimal inBase(BigDecimal amount, BigDecimal rateToBase, String baseCurrency) {
        return amount.multiply(rateToBase).setScale(minorUnits(baseCurrency), RoundingMode.HALF_EVEN);
    }

    private static int minorUnits(String currency) {
        return Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
    }

    private static Instant now() {
        return GenericEventMessage.clock.instant();
    }
}
