package io.salescrm.billing.invoice.web;

import java.time.LocalDate;

/** The optional body of {@code POST /invoices/{id}/issue}: a due date other than issue day + the payment term. */
public record IssueInvoiceRequest(LocalDate dueDate) {
}
