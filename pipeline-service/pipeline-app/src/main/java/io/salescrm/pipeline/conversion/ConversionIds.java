package io.salescrm.pipeline.conversion;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The ids of the records one conversion creates, generated up front from its conversion id (the id an
 * {@code Idempotency-Key} is bound to): name-based UUIDs, so the same conversion id always names the same deal,
 * contact and company, and a replayed request can answer with them.
 */
public record ConversionIds(String conversionId) {

    public String dealId() {
        return derived("deal");
    }

    public String contactId() {
        return derived("contact");
    }

    public String companyId() {
        return derived("company");
    }

    private String derived(String kind) {
        return UUID.nameUUIDFromBytes(("conversion:" + conversionId + ":" + kind).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
