package io.salescrm.billing.numbering;

/**
 * Hands out invoice numbers. Must be called inside the transaction of the command that issues the invoice, so a
 * number is only used when the issue is stored (see the package documentation).
 */
public interface InvoiceNumbering {

    /** The next number of {@code year}, e.g. {@code 2026-000123}. */
    String next(int year);
}
