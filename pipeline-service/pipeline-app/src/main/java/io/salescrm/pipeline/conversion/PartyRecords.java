package io.salescrm.pipeline.conversion;

import io.salescrm.pipeline.company.query.CompanyHistory;
import io.salescrm.pipeline.contact.query.ContactHistory;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An existing contact or company as the event store has it now (never behind, unlike the read models, so a record
 * created a moment ago is found): what a conversion checks before linking to it. A removed record is no record.
 */
@Component
public class PartyRecords {

    /** The parts of a contact or company a conversion needs; {@code companyIds} (link order) is empty for a company. */
    public record Party(String id, String responsibleId, boolean open, List<String> companyIds, String mergedIntoId) {
    }

    private final ContactHistory contacts;
    private final CompanyHistory companies;

    public PartyRecords(ContactHistory contacts, CompanyHistory companies) {
        this.contacts = contacts;
        this.companies = companies;
    }

    public Optional<Party> contact(String contactId) {
        return contacts.asOf(contactId, Instant.now()).filter(contact -> !contact.isRemoved())
                .map(c -> new Party(c.getId(), c.getResponsibleId(), c.isOpen(), List.copyOf(c.getCompanyIds()), c.getMergedIntoId()));
    }

    public Optional<Party> company(String companyId) {
        return companies.asOf(companyId, Instant.now()).filter(company -> !company.isRemoved())
                .map(c -> new Party(c.getId(), c.getResponsibleId(), c.isOpen(), List.of(), c.getMergedIntoId()));
    }
}
