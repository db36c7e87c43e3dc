package io.salescrm.pipeline.deal;

import io.salescrm.pipeline.api.deal.CreateDealCommand;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/** Test data for deals: a valid deal by default, varied one field at a time. */
public final class DealMother {

    private DealMother() {
    }

    public static final String RESPONSIBLE = "manager-1";

    public static CreateDealCommand rubDeal(String id) {
        return new CreateDealCommand(id, "First deal", new BigDecimal("1500.00"), "RUB", "RUB", BigDecimal.ONE, RESPONSIBLE, false);
    }

    public static CreateDealCommand usdDeal(String id, String amount, String rate) {
        return new CreateDealCommand(id, "Export deal", new BigDecimal(amount), "USD", "RUB", new BigDecimal(rate), RESPONSIBLE, false);
    }

    /** A valid RUB deal with these title and amount, otherwise as {@link #rubDeal}. */
    public static CreateDealCommand deal(String id, String title, String amount) {
        return new CreateDealCommand(id, title, new BigDecimal(amount), "RUB", "RUB", BigDecimal.ONE, RESPONSIBLE, false);
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
}
