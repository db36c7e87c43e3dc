package io.salescrm.billing.invoice.requisites;

import io.salescrm.billing.api.invoice.IssueInvoiceCommand;

import java.time.LocalDate;

/** Builds the command that issues an invoice with the payer's and seller's requisites as known now. */
public interface InvoiceRequisites {

    /** A 422 when billing does not know the payer (yet). */
    IssueInvoiceCommand issue(String invoiceId, String companyId, String contactId, LocalDate dueDate);
}
