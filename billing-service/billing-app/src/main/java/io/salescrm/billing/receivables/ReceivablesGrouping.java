package io.salescrm.billing.receivables;

/** What a receivables row stands for: an employee responsible, his org unit (sales group), or a client (payer). */
public enum ReceivablesGrouping {
    RESPONSIBLE, GROUP, CLIENT
}
