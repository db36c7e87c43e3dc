package io.salescrm.pipeline.api.contact;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * The surviving contact {@code contactId} takes over merged contact {@code mergedId}: every detail it lacks is
 * taken from {@code mergedDetails}, phones, emails and messengers are united, and it is linked to the merged
 * contact's {@code mergedCompanyIds}.
 */
public record AbsorbContactCommand(
        @TargetAggregateIdentifier String contactId,
        String mergedId,
        ContactDetails mergedDetails,
        List<String> mergedCompanyIds) {
}
