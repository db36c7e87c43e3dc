package io.salescrm.pipeline.api.lead;

/** How a lead ended: converted into a contact, company and/or deal, or discarded as junk. */
public enum LeadOutcome {
    CONVERTED,
    JUNK
}
