package io.salescrm.pipeline.deal.query;

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
import io.salescrm.pipeline.api.deal.ProductRow;
import io.salescrm.pipeline.api.lead.LeadSource;
import io.salescrm.pipeline.api.pipeline.StageSemantics;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The pipeline's own read model of a deal, kept in MongoDB collection {@code deals}. Access rights filter it by
 * {@code responsibleId} (and {@code open}); the compound indexes serve "a set of responsible employees, newest
 * first" and a kanban column on MongoDB (the embedded wire server ignores non-unique compound indexes and uses the
 * single ones). {@code status} is the semantics of the deal's stage (IN_PROGRESS, WON, LOST).
 * <p>
 * {@link #evolve} is the one pure fold of deal events: the projection applies it to the stored document, and the
 * as-of view applies it to the events read from the event store up to an instant, so both show the same deal.
 */
@Document(DealView.COLLECTION)
@CompoundIndex(name = "responsible_newest_first", def = "{'responsibleId': 1, 'createdAt': -1}")
@CompoundIndex(name = "kanban_column", def = "{'pipelineId': 1, 'stageId': 1, 'createdAt': -1}")
public record DealView(
        @Id String id,
        String title,
        @Indexed String pipelineId,
        @Indexed String stageId,
        @Indexed StageSemantics status,
        @Field(targetType = FieldType.DECIMAL128) BigDecimal amount,
        String currency,
        String baseCurrency,
        @Field(targetType = FieldType.DECIMAL128) BigDecimal rateToBase,
        @Field(targetType = FieldType.DECIMAL128) BigDecimal amountInBase,
        long amountInBaseMinorUnits,
        int probability,
        List<ProductRow> productRows,
        String companyId,
        List<String> contactIds,
        String originLeadId,
        @Indexed String responsibleId,
        @Indexed boolean open,
        LocalDate startDate,
        LocalDate expectedCloseDate,
        LeadSource source,
        String lostReason,
        String comments,
        Map<String, Object> customFields,
        @Indexed Instant createdAt,
        Instant closedAt,
        Instant updatedAt,
        long version) {

    public static final String COLLECTION = "deals";
    public static final String RESPONSIBLE = "responsibleId";
    public static final String OPEN = "open";
    public static final String PIPELINE = "pipelineId";
    public static final String STAGE = "stageId";
    public static final String STATUS = "status";
    public static final String AMOUNT_IN_BASE = "amountInBase";
    /** {@code amountInBase} in minor units of the base currency (kopecks): what sums add up, exactly, as integers. */
    public static final String AMOUNT_IN_BASE_MINOR_UNITS = "amountInBaseMinorUnits";

    /**
     * The deal after {@code event}, the event with sequence number {@code sequence} written at {@code at};
     * {@code current} is null before the deal's first event. Events that do not change the view leave it as it is.
     */
    public static DealView evolve(DealView current, Object event, long sequence, Instant at) {
        if (event instanceof DealCreatedEvent e) {
            return new DealView(e.dealId(), e.title(), e.pipelineId(), e.stageId(), StageSemantics.IN_PROGRESS,
                    e.amount(), e.currency(), e.baseCurrency(), e.rateToBase(), e.amountInBase(),
                    minorUnits(e.amountInBase(), e.baseCurrency()), e.probability(),
                    e.productRows(), e.companyId(), e.contactIds(), e.originLeadId(), e.responsibleId(), e.open(),
                    e.startDate(), e.expectedCloseDate(), e.source(), null, e.comments(), e.customFields(),
                    e.createdAt(), null, e.createdAt(), sequence);
        }
        if (current == null) {
            return null;
        }
        DealBuilder next = new DealBuilder(current).version(sequence, at);
        if (event instanceof DealDetailsChangedEvent e) {
            next.title = e.title();
            next.money(e.amount(), e.currency(), e.baseCurrency(), e.rateToBase(), e.amountInBase());
            next.probability = e.probability();
            next.startDate = e.startDate();
            next.expectedCloseDate = e.expectedCloseDate();
            next.source = e.source();
            next.comments = e.comments();
            next.customFields = e.customFields();
            next.open = e.open();
        } else if (event instanceof DealProductRowsSetEvent e) {
            next.productRows = e.rows();
            next.money(e.amount(), e.currency(), e.baseCurrency(), e.rateToBase(), e.amountInBase());
        } else if (event instanceof DealMovedToStageEvent e) {
            next.stageId = e.toStageId();
            next.status = e.toSemantics();
            next.probability = e.probability();
            if (e.toSemantics().closes() && !e.fromSemantics().closes()) {
                next.closedAt = e.movedAt();
            }
        } else if (event instanceof DealLostEvent e) {
            next.lostReason = e.lostReason();
        } else if (event instanceof DealReopenedEvent) {
            next.closedAt = null;
            next.lostReason = null;
        } else if (event instanceof DealMovedToPipelineEvent e) {
            next.pipelineId = e.toPipelineId();
            next.stageId = e.toStageId();
            next.status = StageSemantics.IN_PROGRESS;
            next.probability = e.probability();
        } else if (event instanceof DealReassignedEvent e) {
            next.responsibleId = e.responsibleId();
        } else if (event instanceof DealContactAttachedEvent e) {
            List<String> contacts = new ArrayList<>(next.contactIds);
            contacts.add(e.contactId());
            next.contactIds = List.copyOf(contacts);
        } else if (event instanceof DealContactDetachedEvent e) {
            next.contactIds = next.contactIds.stream().filter(id -> !id.equals(e.contactId())).toList();
        } else if (event instanceof DealCompanySetEvent e) {
            next.companyId = e.companyId();
        }
        return next.build();
    }

    /** {@code amount} of {@code currency} in its minor units (a base amount is rounded to them already). */
    static long minorUnits(BigDecimal amount, String currency) {
        int digits = Math.max(java.util.Currency.getInstance(currency).getDefaultFractionDigits(), 0);
        return amount.setScale(digits, java.math.RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
    }
}
