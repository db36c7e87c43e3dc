-- The last invoice number given per year. Incremented by the command that issues an invoice, in the transaction
-- that appends its InvoiceIssuedEvent: numbers are gap-free and unique per year, across service instances.
CREATE TABLE invoice_number_counters (
    counter_year INTEGER NOT NULL PRIMARY KEY,
    last_number  BIGINT  NOT NULL
);
