package io.salescrm.billing.api.quote;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Expires the quote if it is still open and {@code today} (UTC) is after its validity date; otherwise nothing
 * happens, so the scheduled job may send it any number of times from any number of instances.
 */
public record ExpireQuoteCommand(@TargetAggregateIdentifier String quoteId, LocalDate today, Instant expiredAt) {
}
