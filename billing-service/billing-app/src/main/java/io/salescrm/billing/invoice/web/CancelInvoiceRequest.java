package io.salescrm.billing.invoice.web;

import jakarta.validation.constraints.Size;

/** The optional body of {@code POST /invoices/{id}/cancel}. */
public record CancelInvoiceRequest(@Size(max = 2000) String reason) {
}
