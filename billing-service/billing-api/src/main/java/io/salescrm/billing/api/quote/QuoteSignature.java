package io.salescrm.billing.api.quote;

/** The responsible salesperson's signature block as the quote prints it. */
public record QuoteSignature(String name, String position, String email) {
}
