package io.salescrm.pipeline.api.deal;

import io.salescrm.pipeline.api.lead.LeadSource;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Replaces a deal's editable details. {@code amount} is the manual amount; a deal with product rows keeps the sum
 * of its rows (send null or that sum) and its currency (change rows and currency together with
 * {@link SetDealProductRowsCommand}). {@code rateToBase} is today's rate from {@code currency} to
 * {@code baseCurrency}. {@code probability} null keeps the current one.
 */
public record ChangeDealDetailsCommand(
        @TargetAggregateIdentifier String dealId,
        String title,
        BigDecimal amount,
        String currency,
        String baseCurrency,
        BigDecimal rateToBase,
        Integer probability,
        LocalDate startDate,
        LocalDate expectedCloseDate,
        LeadSource source,
        String comments,
        Map<String, Object> customFields,
        boolean open) {

    public ChangeDealDetailsCommand {
        customFields = customFields == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(customFields));
    }
}
