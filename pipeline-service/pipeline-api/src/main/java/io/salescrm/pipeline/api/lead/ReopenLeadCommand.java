package io.salescrm.pipeline.api.lead;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Brings a junk lead back into work (status IN_WORK); refused for a lead that is not junk. */
public record ReopenLeadCommand(@TargetAggregateIdentifier String leadId) {
}
