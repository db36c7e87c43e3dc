package io.salescrm.billing.api.invoice;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Issue a draft invoice: it gets the next number of the issue year, the issue date is today (UTC) and the due date
 * is {@code dueDate}, or today plus the draft's payment term when null. The requisites are printed as given here.
 */
public record IssueInvoiceCommand(
        @TargetAggregateIdentifier String invoiceId,
        LocalDate dueDate,
        PartyRequisites payer,
        PartyRequisites seller) {
}
