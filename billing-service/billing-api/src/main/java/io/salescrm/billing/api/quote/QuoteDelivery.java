package io.salescrm.billing.api.quote;

/** How a sent quote travelled: e-mailed over SMTP, or put into the outbox to be downloaded and passed on by hand. */
public enum QuoteDelivery {
    EMAIL, OUTBOX
}
