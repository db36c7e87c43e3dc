package io.salescrm.billing.api.quote;

import java.time.LocalDate;
import java.util.List;

/**
 * What one version of a quote says: its lines and totals, the greeting, introduction and closing texts (rendered
 * from catalog offer template {@code templateId} version {@code templateVersion}, or typed in), the placeholders
 * left unfilled in those texts (a quote cannot be sent while any remain), the signature and the validity date
 * (the last day the offer stands, inclusive).
 */
public record QuoteContent(
        String currency,
        String priceTypeId,
        List<QuoteLine> lines,
        QuoteTotals totals,
        String greeting,
        String intro,
        String closing,
        String templateId,
        Long templateVersion,
        List<String> unfilledPlaceholders,
        QuoteSignature signature,
        LocalDate validUntil) {

    public QuoteContent {
        lines = lines == null ? List.of() : List.copyOf(lines);
        unfilledPlaceholders = unfilledPlaceholders == null ? List.of() : List.copyOf(unfilledPlaceholders);
    }
}
