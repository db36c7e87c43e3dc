package io.salescrm.pipeline.api.deal;

import io.salescrm.pipeline.api.lead.LeadSource;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Opens a new deal in {@code stage} (an IN_PROGRESS stage of its pipeline; its required fields must be filled).
 * {@code rateToBase} is the exchange rate from {@code currency} to {@code baseCurrency} in force when the deal is
 * created; it is recorded so figures of the past never drift when rates change. {@code amount} is the manual
 * amount; with product rows it may be null and the deal's amount is the sum of the rows. {@code responsibleId} is
 * the employee answerable for the deal; {@code open} marks it visible to everyone whose level is OPEN.
 * {@code probability} null takes the stage's. {@code customFields} values are strings, numbers, booleans or ISO
 * dates (as strings). Optional references ({@code companyId}, {@code originLeadId}, ...) may be null.
 */
public record CreateDealCommand(
        @TargetAggregateIdentifier String dealId,
        String title,
        BigDecimal amount,
        String currency,
        String baseCurrency,
        BigDecimal rateToBase,
        String responsibleId,
        boolean open,
        TargetStage stage,
        List<ProductRowLine> productRows,
        String companyId,
        List<String> contactIds,
        String originLeadId,
        LocalDate startDate,
        LocalDate expectedCloseDate,
        Integer probability,
        LeadSource source,
        String comments,
        Map<String, Object> customFields) {

    public CreateDealCommand {
        productRows = productRows == null ? List.of() : List.copyOf(productRows);
        contactIds = contactIds == null ? List.of() : List.copyOf(contactIds);
        customFields = customFields == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(customFields));
    }
}
