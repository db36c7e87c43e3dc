package io.salescrm.pipeline.api.contact;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces a contact's details and open flag as a whole; unchanged details append nothing. */
public record ChangeContactDetailsCommand(
        @TargetAggregateIdentifier String contactId,
        ContactDetails details,
        boolean open) {
}
