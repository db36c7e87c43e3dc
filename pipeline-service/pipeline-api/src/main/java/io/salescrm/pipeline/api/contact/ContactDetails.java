package io.salescrm.pipeline.api.contact;

import io.salescrm.pipeline.api.lead.LeadSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything about a contact (a person) that its owner edits as a whole: created with it, replaced by
 * {@link ChangeContactDetailsCommand}, completed from a merged contact by {@link ContactAbsorbedEvent}. Lists are
 * never null (empty instead); {@code customFields} maps a field key to its text value.
 */
public record ContactDetails(
        PersonName name,
        String position,
        List<Phone> phones,
        List<String> emails,
        List<Messenger> messengers,
        LocalDate birthday,
        PostalAddress address,
        LeadSource source,
        String comments,
        Map<String, String> customFields) {
}
