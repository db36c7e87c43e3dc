package io.salescrm.billing.quote.web;

import jakarta.validation.constraints.Size;

/**
 * Where a quote's greeting, introduction and closing come from: catalog offer template {@code templateId} (its
 * body's paragraphs, split at blank lines: the first is the greeting, the last the closing, those between the
 * introduction), each overridden by the text given here. All are templates: their placeholders are filled.
 */
public record QuoteTextsRequest(
        @Size(max = 64) String templateId,
        @Size(max = 2000) String greeting,
        @Size(max = 20000) String intro,
        @Size(max = 5000) String closing) {
}
