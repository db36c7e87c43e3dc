package io.salescrm.pipeline.api.deal;

import io.salescrm.pipeline.api.lead.LeadSource;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A deal's details as they now are (all of them, changed or not). The amount comes with its currency, the rate to
 * the base currency used at {@code changedAt} and the resulting {@code amountInBase}.
 */
@Revision("1")
public record DealDetailsChangedEvent(
        String dealId,
        String title,
        BigDecimal amount,
        String currency,
        String baseCurrency,
        BigDecimal rateToBase,
        BigDecimal amountInBase,
        int probability,
        LocalDate startDate,
        LocalDate expectedCloseDate,
        LeadSource source,
        String comments,
        Map<String, Object> customFields,
        boolean open,
        Instant changedAt) {

    public DealDetailsChangedEvent {
        customFields = customFields == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(customFields));
    }
}
