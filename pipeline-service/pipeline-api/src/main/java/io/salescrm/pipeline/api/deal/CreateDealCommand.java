package io.salescrm.pipeline.api.deal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/**
 * Opens a new deal. {@code rateToBase} is the exchange rate from {@code currency} to {@code baseCurrency} in
 * force when the deal is created; it is recorded so figures of the past never drift when rates change.
 * {@code responsibleId} is the employee answerable for the deal; {@code open} marks it visible to everyone whose
 * level is OPEN.
 */
public record CreateDealCommand(
        @TargetAggregateIdentifier String dealId,
        String title,
        BigDecimal amount,
        String currency,
        String baseCurrency,
        BigDecimal rateToBase,
        String responsibleId,
        boolean open) {
}
