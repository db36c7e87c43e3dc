package io.salescrm.billing.api.invoice;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Record that the invoice is overdue if, on {@code today} (the checking service's UTC date), its due date has passed
 * with a balance; otherwise, and when it is already recorded, nothing happens.
 */
public record MarkInvoiceOverdueCommand(@TargetAggregateIdentifier String invoiceId, LocalDate today) {
}
