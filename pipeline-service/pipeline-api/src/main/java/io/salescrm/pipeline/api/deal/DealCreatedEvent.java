package io.salescrm.pipeline.api.deal;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A deal was opened. {@code amountInBase} = {@code amount} x {@code rateToBase}, rounded half-even to the
 * base currency's minor unit, so every consumer reports the same figure.
 */
@Revision("1")
public record DealCreatedEvent(
        String dealId,
        String title,
        BigDecimal amount,
        String currency,
        String baseCurrency,
        BigDecimal rateToBase,
        BigDecimal amountInBase,
        Instant createdAt) {
}
