package io.salescrm.analytics.deal;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * One deal as analytics knows it, in collection {@code deal_facts} (documented for BI tools in
 * docs/analytics-read-models.md). {@code sequence} is the last applied event's sequence number of the deal: an event
 * at or below it has been applied already and is ignored, which makes redelivered and replayed events harmless.
 * {@code responsibleId} and {@code open} are the deal's current ones (access rights filter on them; deals created
 * before deals had a responsible employee have none and count only for callers who may see all); {@code created}
 * and {@code closed} carry whom each fact belongs to at the time it happened; {@code stages} and {@code amounts} are
 * its stays in stages and the history of its base amount, for the funnel as of any past instant. The indexes serve
 * the reports' range filters: deal figures on {@code created.at} / {@code closed.at}, the funnel and dwell on the
 * stays' pipeline and entry.
 */
@Document(DealFact.COLLECTION)
@CompoundIndexes({
        @CompoundIndex(name = "created_at", def = "{'created.at': 1}"),
        @CompoundIndex(name = "closed_at", def = "{'closed.at': 1}"),
        @CompoundIndex(name = "stages_pipeline_entered", def = "{'stages.pipelineId': 1, 'stages.enteredAt': 1}")
})
public class DealFact {

    public static final String COLLECTION = "deal_facts";
    public static final String RESPONSIBLE = "responsibleId";
    public static final String OPEN = "open";

    @Id
    private String dealId;
    private long sequence;
    @Indexed
    private String pipelineId;
    private String stageId;
    private DealStatus status;
    @Indexed
    private String responsibleId;
    @Indexed
    private boolean open;
    private String source;
    private String originLeadId;
    @Field(targetType = FieldType.DECIMAL128)
    private BigDecimal amount;
    private String currency;
    @Field(targetType = FieldType.DECIMAL128)
    private BigDecimal amountInBase;
    private String baseCurrency;
    private Instant createdAt;
    private Attribution created;
    private Attribution closed;
    private List<StageInterval> stages = new ArrayList<>();
    private List<AmountChange> amounts = new ArrayList<>();

    DealFact() {
    }

    static DealFact created(String dealId, long sequence, Attribution created, String stageId, boolean open,
                            String originLeadId, BigDecimal amount, String currency, BigDecimal amountInBase,
                            String baseCurrency) {
        DealFact fact = new DealFact();
        fact.dealId = dealId;
        fact.sequence = sequence;
        fact.pipelineId = created.pipelineId();
        fact.stageId = stageId;
        fact.status = DealStatus.OPEN;
        fact.responsibleId = created.responsibleId();
        fact.open = open;
        fact.source = created.source();
        fact.originLeadId = originLeadId;
        fact.amount = amount;
        fact.currency = currency;
        fact.amountInBase = amountInBase;
        fact.baseCurrency = baseCurrency;
        fact.createdAt = created.at();
        fact.created = created;
        fact.stages.add(new StageInterval(created.pipelineId(), stageId, null, created.at(), null));
        fact.recordAmount(created.at(), amountInBase);
        return fact;
    }

    /** Whether the event with this sequence number is new to this fact (not applied before). */
    boolean isNew(long eventSequence) {
        return eventSequence > sequence;
    }

    void applied(long eventSequence) {
        sequence = eventSequence;
    }

    void amountChanged(BigDecimal newAmount, String newCurrency, BigDecimal newAmountInBase, String newBaseCurrency,
                       Instant at) {
        amount = newAmount;
        currency = newCurrency;
        amountInBase = newAmountInBase;
        baseCurrency = newBaseCurrency;
        recordAmount(at, newAmountInBase);
    }

    /** Appends to the amount history only when the base amount changes (details changes often leave it as it is). */
    private void recordAmount(Instant at, BigDecimal newAmountInBase) {
        if (amounts.isEmpty() || !sameAmount(amounts.get(amounts.size() - 1).amountInBase(), newAmountInBase)) {
            amounts.add(new AmountChange(at, newAmountInBase));
        }
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? a == b : a.compareTo(b) == 0;
    }

    void detailsChanged(String newSource, boolean newOpen) {
        source = newSource;
        open = newOpen;
    }

    void reassigned(String newResponsibleId) {
        responsibleId = newResponsibleId;
    }

    /**
     * Enters {@code toStageId} of {@code toPipelineId} at {@code at}, leaving the current stage; {@code fromStageId}
     * is the stage of the same pipeline it came from, null for a move between pipelines.
     */
    void enteredStage(String toPipelineId, String toStageId, String fromStageId, Instant at) {
        int last = stages.size() - 1;
        if (last >= 0 && stages.get(last).leftAt() == null) {
            stages.set(last, stages.get(last).leaving(at));
        }
        stages.add(new StageInterval(toPipelineId, toStageId, fromStageId, at, null));
        pipelineId = toPipelineId;
        stageId = toStageId;
    }

    void closed(Attribution closing) {
        status = closing.outcome();
        closed = closing;
    }

    void reopened() {
        status = DealStatus.OPEN;
        closed = null;
    }

    /** Re-resolves the group of each fact of {@code employeeId} with {@code groupAt(at)}; whether anything changed. */
    boolean regroup(String employeeId, BiFunction<String, Instant, String> groupAt) {
        boolean changed = false;
        if (created != null && employeeId.equals(created.responsibleId())) {
            String group = groupAt.apply(employeeId, created.at());
            changed |= !java.util.Objects.equals(group, created.groupId());
            created = created.inGroup(group);
        }
        if (closed != null && employeeId.equals(closed.responsibleId())) {
            String group = groupAt.apply(employeeId, closed.at());
            changed |= !java.util.Objects.equals(group, closed.groupId());
            closed = closed.inGroup(group);
        }
        return changed;
    }

    public String dealId() {
        return dealId;
    }

    public long sequence() {
        return sequence;
    }

    public String pipelineId() {
        return pipelineId;
    }

    public String source() {
        return source;
    }

    public String responsibleId() {
        return responsibleId;
    }
}
