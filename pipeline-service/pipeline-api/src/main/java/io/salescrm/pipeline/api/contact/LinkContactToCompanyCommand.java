package io.salescrm.pipeline.api.contact;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Links the contact to a company (a contact may work for several); an existing link changes nothing. */
public record LinkContactToCompanyCommand(@TargetAggregateIdentifier String contactId, String companyId) {
}
