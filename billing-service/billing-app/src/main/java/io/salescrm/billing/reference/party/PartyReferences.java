package io.salescrm.billing.reference.party;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Finds companies and contacts (payers and addressees) in billing's reference read models. A merged record
 * resolves to its survivor, so documents made after a merge print the surviving requisites.
 */
@Component
public class PartyReferences {

    private static final int MAX_MERGE_HOPS = 10;

    private final MongoTemplate mongo;

    public PartyReferences(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<CompanyReference> company(String companyId) {
        CompanyReference company = mongo.findById(companyId, CompanyReference.class);
        for (int hop = 0; company != null && company.mergedIntoId() != null && hop < MAX_MERGE_HOPS; hop++) {
            company = mongo.findById(company.mergedIntoId(), CompanyReference.class);
        }
        return Optional.ofNullable(company);
    }

    public Optional<ContactReference> contact(String contactId) {
        ContactReference contact = mongo.findById(contactId, ContactReference.class);
        for (int hop = 0; contact != null && contact.mergedIntoId() != null && hop < MAX_MERGE_HOPS; hop++) {
            contact = mongo.findById(contact.mergedIntoId(), ContactReference.class);
        }
        return Optional.ofNullable(contact);
    }
}
