package io.salescrm.pipeline.api.deal;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A deal was opened. {@code amountInBase} = {@code amount} x {@code rateToBase}, rounded half-even to the
 * base currency's minor unit, so every consumer reports the same figure. {@code responsibleId} is the employee
 * answerable for the deal (access rights are about him); {@code open} marks a deal visible at the OPEN level.
 * <p>
 * Revision 2 added {@code responsibleId} and {@code open}; revision 1 is read through
 * {@link DealCreatedEventUpcaster} as a deal with no responsible employee that is not open.
 */
@Revision("2")
public record DealCreatedEvent(
        String dealId,
        String title,
        BigDecimal amount,
        String currency,
        String baseCurrency,
        BigDecimal rateToBase,
        BigDecimal amountInBase,
        Instant createdAt,
        String responsibleId,
        boolean open) {
}
