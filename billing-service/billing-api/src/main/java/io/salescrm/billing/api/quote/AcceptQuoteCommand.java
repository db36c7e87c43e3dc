package io.salescrm.billing.api.quote;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The client accepted version {@code version} (must be the latest, sent); {@code createInvoice} asks for an invoice. */
public record AcceptQuoteCommand(@TargetAggregateIdentifier String quoteId, int version, boolean createInvoice, Instant acceptedAt) {
}
