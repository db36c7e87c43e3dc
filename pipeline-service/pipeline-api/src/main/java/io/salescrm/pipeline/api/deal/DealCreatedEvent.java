package io.salescrm.pipeline.api.deal;

import io.salescrm.pipeline.api.lead.LeadSource;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A deal was opened in stage {@code stageId} (always an IN_PROGRESS stage) of pipeline {@code pipelineId}.
 * {@code amountInBase} = {@code amount} x {@code rateToBase}, rounded half-even to the base currency's minor unit,
 * so every consumer reports the same figure; with product rows, {@code amount} is the sum of their totals.
 * {@code responsibleId} is the employee answerable for the deal (access rights are about him); {@code open} marks a
 * deal visible at the OPEN level.
 * <p>
 * Revision 2 added {@code responsibleId} and {@code open}; revision 3 the pipeline and stage, probability,
 * product rows, company, contacts, origin lead, dates, source, comments and custom fields. Older revisions are read
 * through {@link DealCreatedEventUpcaster}: a deal of revision 1 has no responsible employee and is not open, and
 * deals from before revision 3 sit in the first stage of the default pipeline with nothing else set.
 */
@Revision("3")
public record DealCreatedEvent(
        String dealId,
        String title,
        BigDecimal amount,
        String currency,
        String baseCurrency,
        BigDecimal rateToBase,
        BigDecimal amountInBase,
        Instant createdAt,
        String responsibleId,
        boolean open,
        String pipelineId,
        String stageId,
        int probability,
        List<ProductRow> productRows,
        String companyId,
        List<String> contactIds,
        String originLeadId,
        LocalDate startDate,
        LocalDate expectedCloseDate,
        LeadSource source,
        String comments,
        Map<String, Object> customFields) {

    public DealCreatedEvent {
        productRows = productRows == null ? List.of() : List.copyOf(productRows);
        contactIds = contactIds == null ? List.of() : List.copyOf(contactIds);
        customFields = customFields == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(customFields));
    }
}
