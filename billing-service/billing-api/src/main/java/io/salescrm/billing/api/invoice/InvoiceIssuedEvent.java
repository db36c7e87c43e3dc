package io.salescrm.billing.api.invoice;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An invoice was issued with {@code number} (e.g. {@code 2026-000123}: gap-free and unique within the issue year).
 * Carries what a consumer needs without the draft: the deal, payer, responsible, amounts and the rate used.
 */
@Revision("1")
public record InvoiceIssuedEvent(
        String invoiceId,
        String number,
        LocalDate issueDate,
        LocalDate dueDate,
        PartyRequisites payer,
        PartyRequisites seller,
        String dealId,
        String companyId,
        String contactId,
        String responsibleId,
        String currency,
        BigDecimal total,
        String baseCurrency,
        BigDecimal rateToBase,
        BigDecimal totalInBase,
        Instant issuedAt) {
}
