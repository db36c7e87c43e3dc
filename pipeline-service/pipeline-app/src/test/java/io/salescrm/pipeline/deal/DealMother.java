package io.salescrm.pipeline.deal;

import io.salescrm.pipeline.api.deal.CreateDealCommand;
import io.salescrm.pipeline.api.deal.DealCreatedEvent;
import io.salescrm.pipeline.api.deal.TargetStage;
import io.salescrm.pipeline.api.pipeline.DefaultPipeline;
import io.salescrm.pipeline.api.pipeline.StageSemantics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Test data for deals: a valid deal by default, varied one field at a time. */
public final class DealMother {

    private DealMother() {
    }

    public static final String RESPONSIBLE = "manager-1";

    /** The first stage of the default pipeline, as a deal command carries it. */
    public static final TargetStage FIRST_STAGE = new TargetStage(DefaultPipeline.ID, DefaultPipeline.FIRST_STAGE,
            StageSemantics.IN_PROGRESS, DefaultPipeline.FIRST_STAGE_PROBABILITY, java.util.List.of());

    public static CreateDealCommand rubDeal(String id) {
        return deal(id, "First deal", "1500.00");
    }

    public static CreateDealCommand usdDeal(String id, String amount, String rate) {
        return create(id, "Export deal", new BigDecimal(amount), "USD", new BigDecimal(rate), RESPONSIBLE, false);
    }

    /** A valid RUB deal with these title and amount, otherwise as {@link #rubDeal}. */
    public static CreateDealCommand deal(String id, String title, String amount) {
        return create(id, title, new BigDecimal(amount), "RUB", BigDecimal.ONE, RESPONSIBLE, false);
    }

    /** A deal in the first stage of the default pipeline with nothing but these set (base currency RUB). */
    public static CreateDealCommand create(String id, String title, BigDecimal amount, String currency, BigDecimal rate,
                                           String responsibleId, boolean open) {
        return new CreateDealCommand(id, title, amount, currency, "RUB", rate, responsibleId, open, FIRST_STAGE,
                null, null, null, null, null, null, null, null, null, null);
    }

    /** The event {@link #create} leads to, created at {@code at}. */
    public static DealCreatedEvent created(String id, String title, BigDecimal amount, String currency, String baseCurrency,
                                           BigDecimal rate, BigDecimal amountInBase, Instant at, String responsibleId, boolean open) {
        return new DealCreatedEvent(id, title, amount, currency, baseCurrency, rate, amountInBase, at, responsibleId, open,
                FIRST_STAGE.pipelineId(), FIRST_STAGE.stageId(), FIRST_STAGE.probability(), null, null, null, null, null,
                null, null, null, null);
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** A JSON body for POST /deals. */
    public static Map<String, Object> requestBody(String title, Object amount, String currency) {
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("title", title);
        body.put("amount", amount);
        body.put("currency", currency);
        return body;
    }

    /** A JSON body for POST /deals naming the responsible employee and the open flag. */
    public static Map<String, Object> requestBody(String title, Object amount, String currency, String responsibleId, Boolean open) {
        var body = requestBody(title, amount, currency);
        body.put("responsibleId", responsibleId);
        body.put("open", open);
        return body;
    }

    /** A JSON product row for requests (VAT 20 %); {@code discountType} null means no discount. */
    public static Map<String, Object> productRow(String name, String price, String quantity, String discountType, String discount) {
        var row = new java.util.LinkedHashMap<String, Object>();
        row.put("productId", "product-" + name.toLowerCase(java.util.Locale.ROOT));
        row.put("name", name);
        row.put("price", price);
        row.put("quantity", quantity);
        row.put("discountType", discountType);
        row.put("discount", discount);
        row.put("vatRate", "20");
        return row;
    }
}
