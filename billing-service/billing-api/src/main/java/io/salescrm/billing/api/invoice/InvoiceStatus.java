package io.salescrm.billing.api.invoice;

/**
 * Where an invoice stands: DRAFT (no number) -> ISSUED -> PARTIALLY_PAID -> PAID; OVERDUE while its due date has
 * passed with a balance; CANCELLED (only with no payments left on it).
 */
public enum InvoiceStatus {
    DRAFT, ISSUED, PARTIALLY_PAID, PAID, OVERDUE, CANCELLED
}
