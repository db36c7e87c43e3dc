package io.salescrm.billing.api.invoice;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The invoice was cancelled; {@code number} is null for a draft, else it stays used (numbers are never reused). */
@Revision("1")
public record InvoiceCancelledEvent(String invoiceId, String number, String dealId, String reason, Instant cancelledAt) {
}
