package io.salescrm.pipeline.contact.web;

import io.salescrm.pipeline.api.contact.Messenger;
import io.salescrm.pipeline.api.contact.PersonName;
import io.salescrm.pipeline.api.contact.Phone;
import io.salescrm.pipeline.api.contact.PostalAddress;
import io.salescrm.pipeline.api.lead.LeadSource;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /contacts} and {@code PUT /contacts/{id}}. {@code responsibleId} defaults to the caller
 * and {@code companyIds} (companies linked from the start) apply on creation only.
 */
public record ContactRequest(
        @NotNull PersonName name,
        @Size(max = 300) String position,
        @Size(max = 10) List<Phone> phones,
        @Size(max = 10) List<@Size(max = 254) String> emails,
        @Size(max = 10) List<Messenger> messengers,
        @Past LocalDate birthday,
        PostalAddress address,
        LeadSource source,
        @Size(max = 4000) String comments,
        @Size(max = 50) Map<String, String> customFields,
        @Size(min = 1, max = 64) String responsibleId,
        Boolean open,
        @Size(max = 100) List<@Size(min = 1, max = 64) String> companyIds) {
}
