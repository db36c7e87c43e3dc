package io.salescrm.pipeline.api.contact;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Makes {@code responsibleId} responsible for the contact; assigning the current responsible changes nothing. */
public record AssignContactCommand(@TargetAggregateIdentifier String contactId, String responsibleId) {
}
