package io.salescrm.pipeline.api.contact;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Registers a contact. {@code originLeadId} is the lead it was converted from (null when created directly);
 * {@code companyIds} are the companies it is linked to from the start (may be empty).
 */
public record CreateContactCommand(
        @TargetAggregateIdentifier String contactId,
        ContactDetails details,
        String responsibleId,
        boolean open,
        String originLeadId,
        List<String> companyIds) {
}
