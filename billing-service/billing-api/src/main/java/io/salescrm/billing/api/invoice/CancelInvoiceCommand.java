package io.salescrm.billing.api.invoice;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cancel an invoice that has no money on it (payments net of refunds); an issued one keeps its number. */
public record CancelInvoiceCommand(@TargetAggregateIdentifier String invoiceId, String reason) {
}
