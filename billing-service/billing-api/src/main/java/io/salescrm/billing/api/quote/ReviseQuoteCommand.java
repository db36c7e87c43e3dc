package io.salescrm.billing.api.quote;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Saves a new version of an open (draft or sent) quote; {@code baseVersion} is the version it was revised from. */
public record ReviseQuoteCommand(@TargetAggregateIdentifier String quoteId, int baseVersion, QuoteContent content) {
}
