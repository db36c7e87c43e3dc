package io.salescrm.pipeline.deal.query;

import io.salescrm.pipeline.api.deal.ProductRow;
import io.salescrm.pipeline.api.lead.LeadSource;
import io.salescrm.pipeline.api.pipeline.StageSemantics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A mutable copy of a {@link DealView} for {@link DealView#evolve}: change what the event changes, build the next view. */
final class DealBuilder {

    private final String id;
    String title;
    String pipelineId;
    String stageId;
    StageSemantics status;
    BigDecimal amount;
    String currency;
    String baseCurrency;
    BigDecimal rateToBase;
    BigDecimal amountInBase;
    int probability;
    List<ProductRow> productRows;
    String companyId;
    List<String> contactIds;
    private final String originLeadId;
    String responsibleId;
    boolean open;
    LocalDate startDate;
    LocalDate expectedCloseDate;
    LeadSource source;
    String lostReason;
    String comments;
    Map<String, Object> customFields;
    private final Instant createdAt;
    Instant closedAt;
    private Instant updatedAt;
    private long version;

    DealBuilder(DealView view) {
        this.id = view.id();
        this.title = view.title();
        this.pipelineId = view.pipelineId();
        this.stageId = view.stageId();
        this.status = view.status();
        this.amount = view.amount();
        this.currency = view.currency();
        this.baseCurrency = view.baseCurrency();
        this.rateToBase = view.rateToBase();
        this.amountInBase = view.amountInBase();
        this.probability = view.probability();
        this.productRows = view.productRows() == null ? List.of() : view.productRows();
        this.companyId = view.companyId();
        this.contactIds = view.contactIds() == null ? List.of() : view.contactIds();
        this.originLeadId = view.originLeadId();
        this.responsibleId = view.responsibleId();
        this.open = view.open();
        this.startDate = view.startDate();
        this.expectedCloseDate = view.expectedCloseDate();
        this.source = view.source();
        this.lostReason = view.lostReason();
        this.comments = view.comments();
        this.customFields = view.customFields() == null ? Map.of() : view.customFields();
        this.createdAt = view.createdAt();
        this.closedAt = view.closedAt();
        this.updatedAt = view.updatedAt();
        this.version = view.version();
    }

    DealBuilder version(long sequence, Instant at) {
        this.version = sequence;
        this.updatedAt = at;
        return this;
    }

    void money(BigDecimal amount, String currency, String baseCurrency, BigDecimal rateToBase, BigDecimal amountInBase) {
        this.amount = amount;
        this.currency = currency;
        this.baseCurrency = baseCurrency;
        this.rateToBase = rateToBase;
        this.amountInBase = amountInBase;
    }

    private long amountInBaseMinorUnits() {
        return DealView.minorUnits(amountInBase, baseCurrency);
    }

    DealView build() {
        return new DealView(id, title, pipelineId, stageId, status, amount, currency, baseCurrency, rateToBase,
                amountInBase, amountInBaseMinorUnits(), probability, productRows, companyId, contactIds, originLeadId, responsibleId, open,
                startDate, expectedCloseDate, source, lostReason, comments, customFields, createdAt, closedAt,
                updatedAt, version);
    }
}
