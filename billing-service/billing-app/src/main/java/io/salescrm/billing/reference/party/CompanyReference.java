package io.salescrm.billing.reference.party;

import io.salescrm.pipeline.api.company.BankDetails;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;

/**
 * Billing's read model of a company (a payer), from the pipeline topic: its requisites as documents print them.
 * {@code legalAddress} is the legal address on one line (the actual one when no legal address is known);
 * {@code mergedIntoId} names the survivor once the company was merged into another.
 */
@Document("ref_companies")
public record CompanyReference(
        @Id String id,
        String name,
        String legalName,
        String taxId,
        String kpp,
        String ogrn,
        String legalAddress,
        BankDetails bank,
        List<String> emails,
        List<String> phones,
        String responsibleId,
        boolean open,
        String mergedIntoId,
        long version) {

    /** The name documents print: the legal name when known. */
    public String printedName() {
        return legalName != null && !legalName.isBlank() ? legalName : name;
    }
}
