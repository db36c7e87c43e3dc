package io.salescrm.billing.api.payment;

/** How money came in. */
public enum PaymentMethod {
    BANK_TRANSFER, CARD, CASH, OTHER
}
