package io.salescrm.pipeline.api.lead;

import io.salescrm.pipeline.api.contact.Phone;
import io.salescrm.pipeline.api.contact.PersonName;
import io.salescrm.pipeline.api.contact.PostalAddress;

import java.util.List;
import java.util.Map;

/**
 * Everything about a lead that its owner edits as a whole: created with it, replaced by
 * {@link ChangeLeadDetailsCommand}, completed from a merged lead by {@link LeadAbsorbedEvent}. {@code title} is
 * required; every other part may be null, lists are never null (empty instead). {@code expectedAmount} is null
 * when no amount is known.
 */
public record LeadDetails(
        String title,
        PersonName name,
        String companyName,
        String position,
        List<Phone> phones,
        List<String> emails,
        String website,
        PostalAddress address,
        LeadSource source,
        String sourceNote,
        ExpectedAmount expectedAmount,
        List<ProductInterest> products,
        String comments,
        Map<String, String> customFields) {

    /** A lead known only by its title and source (e.g. one read from an older event revision). */
    public static LeadDetails titled(String title, LeadSource source) {
        return new LeadDetails(title, null, null, null, List.of(), List.of(), null, null, source, null, null,
                List.of(), null, Map.of());
    }
}
