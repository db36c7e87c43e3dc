package io.salescrm.billing.api.quote;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The client declined the quote (draft or sent), with an optional reason. */
public record DeclineQuoteCommand(@TargetAggregateIdentifier String quoteId, String reason, Instant declinedAt) {
}
