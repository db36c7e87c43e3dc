package io.salescrm.billing.quote.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * A new version of quote from version {@code baseVersion} (the latest, else 409). What is not given stays as in
 * that version: the lines (given lines are priced anew, at today's catalog prices), the validity date, the texts.
 */
public record ReviseQuoteRequest(
        @NotNull @Min(1) Integer baseVersion,
        LocalDate validUntil,
        @Valid QuoteTextsRequest texts,
        @Size(min = 1, max = 200) List<@Valid QuoteLineRequest> lines) {
}
