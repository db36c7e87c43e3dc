package io.salescrm.billing.quote.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** Bodies of the quote's actions; {@code version} null means the latest (given, it must be the latest: else 409). */
public final class QuoteActionRequests {

    private QuoteActionRequests() {
    }

    /** {@code recipientEmail} defaults to the contact's first e-mail address. */
    public record Send(@Min(1) Integer version, @Email @Size(max = 254) String recipientEmail) {
    }

    /** {@code createInvoice} true asks billing to draft an invoice from the accepted version. */
    public record Accept(@Min(1) Integer version, boolean createInvoice) {
    }

    public record Decline(@Size(max = 1000) String reason) {
    }
}
