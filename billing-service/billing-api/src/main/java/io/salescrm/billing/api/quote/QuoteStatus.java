package io.salescrm.billing.api.quote;

/** Where a quote stands: DRAFT -> SENT -> ACCEPTED | DECLINED | EXPIRED (a revision brings it back to DRAFT). */
public enum QuoteStatus {
    DRAFT, SENT, ACCEPTED, DECLINED, EXPIRED;

    /** Accepted, declined and expired quotes are closed: nothing changes them any more. */
    public boolean closed() {
        return this == ACCEPTED || this == DECLINED || this == EXPIRED;
    }
}
