package io.salescrm.billing.quote.web;

import io.salescrm.platform.rules.CurrencyCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * A new quote: from deal {@code dealId} (its product rows become the lines unless {@code lines} are given; its
 * company, first contact, currency, responsible and open flag are the defaults) or from scratch for a company
 * and/or contact with {@code lines}. {@code priceTypeId} defaults to the catalog's base price type,
 * {@code validUntil} to the configured validity period from today.
 */
public record CreateQuoteRequest(
        @Size(max = 64) String dealId,
        @Size(max = 64) String companyId,
        @Size(max = 64) String contactId,
        @Size(max = 64) String responsibleId,
        Boolean open,
        @CurrencyCode String currency,
        @Size(max = 64) String priceTypeId,
        LocalDate validUntil,
        @Valid QuoteTextsRequest texts,
        @Size(max = 200) List<@Valid QuoteLineRequest> lines) {
}
