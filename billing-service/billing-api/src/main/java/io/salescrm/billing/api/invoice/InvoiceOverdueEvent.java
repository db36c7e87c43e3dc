package io.salescrm.billing.api.invoice;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** The due date of an issued invoice passed with {@code balance} still to pay; recorded once per invoice. */
@Revision("1")
public record InvoiceOverdueEvent(
        String invoiceId,
        String number,
        String dealId,
        String responsibleId,
        LocalDate dueDate,
        BigDecimal balance,
        String currency,
        Instant detectedAt) {
}
