/**
 * Gap-free invoice numbers, unique per year ({@code 2026-000123}).
 *
 * <p>Design. A number is given when an invoice is issued (drafts have none), inside the command handler of
 * {@code IssueInvoiceCommand}. The handler asks {@link io.salescrm.billing.numbering.InvoiceNumbering} for the
 * next number; the JDBC implementation increments the issue year's row of table {@code invoice_number_counters}
 * with {@code UPDATE ... SET last_number = last_number + 1} and reads it back. Axon runs the command in one
 * database transaction (its SpringTransactionManager over the service's DataSource) and its JDBC storage engine
 * appends the {@code InvoiceIssuedEvent} in that same transaction at commit. Therefore:
 * <ul>
 *   <li>no gap: if anything fails after the increment (validation, the event append, a crash of the JVM, a
 *       concurrent change of the same invoice detected by the event store's unique key), the transaction rolls
 *       back and the increment with it; the counter only ever counts stored issues;</li>
 *   <li>no duplicate: the UPDATE holds the row lock of the year until the transaction ends, so concurrent
 *       issuers, in this JVM or in another instance on the same database, are serialised by the database
 *       itself and each reads its own value;</li>
 *   <li>the first issue of a year creates the year's row at 0; of two racing creations one is skipped by the
 *       primary key, and both then increment the one row.</li>
 * </ul>
 * The cost is that issues of one year are serialised for the length of their transaction (a few milliseconds),
 * which is far above any invoicing rate of a sales team. Numbers follow commit order, so within a year a larger
 * number was issued on the same day or later. Cancelled invoices keep their number (accounting needs every
 * number accounted for), so the sequence of numbers has no holes even with cancellations.
 */
package io.salescrm.billing.numbering;
