package io.salescrm.pipeline.api.contact;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Removes the contact's link to a company; a missing link changes nothing. */
public record UnlinkContactFromCompanyCommand(@TargetAggregateIdentifier String contactId, String companyId) {
}
