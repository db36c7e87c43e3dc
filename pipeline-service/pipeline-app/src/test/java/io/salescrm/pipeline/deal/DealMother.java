package io.salescrm.pipeline.deal;

import io.salescrm.pipeline.api.deal.CreateDealCommand;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/** Test data for deals: a valid deal by default, varied one field at a time. */
public final class DealMother {

    private DealMother() {
    }

    public static CreateDealCommand rubDeal(String id) {
        return new CreateDealCommand(id, "First deal", new BigDecimal("1500.00"), "RUB", "RUB", BigDecimal.ONE);
    }

    public static CreateDealCommand usdDeal(String id, String amount, String rate) {
        return new CreateDealCommand(id, "Export deal", new BigDecimal(amount), "USD", "RUB", new BigDecimal(rate));
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
}
