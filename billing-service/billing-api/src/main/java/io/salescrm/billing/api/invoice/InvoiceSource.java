package io.salescrm.billing.api.invoice;

/** What an invoice was made from: an accepted quote, a deal's product rows, or lines typed in by hand. */
public enum InvoiceSource {
    QUOTE, DEAL, MANUAL
}
