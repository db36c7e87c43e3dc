package io.salescrm.billing.api.quote;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Drafts a quote (version 1) for a deal ({@code dealId}) or from scratch for a company and/or contact.
 * {@code responsibleId} answers for it (access rights are about him); {@code open} marks it visible at the OPEN level.
 */
public record CreateQuoteCommand(
        @TargetAggregateIdentifier String quoteId,
        String dealId,
        String companyId,
        String contactId,
        String responsibleId,
        boolean open,
        QuoteContent content) {
}
