package io.salescrm.pipeline.company.web;

import io.salescrm.pipeline.api.company.BankDetails;
import io.salescrm.pipeline.api.company.CompanyAddresses;
import io.salescrm.pipeline.api.company.CompanySize;
import io.salescrm.pipeline.api.contact.Phone;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /companies} and {@code PUT /companies/{id}}. {@code taxId} is an INN (checked with its
 * check digits); {@code responsibleId} defaults to the caller and applies on creation only.
 */
public record CompanyRequest(
        @NotBlank @Size(max = 300) String name,
        @Size(max = 300) String legalName,
        @Size(max = 12) String taxId,
        @Size(max = 9) String kpp,
        @Size(max = 15) String ogrn,
        @Size(max = 300) String industry,
        CompanySize size,
        @Size(max = 300) String website,
        @Size(max = 10) List<Phone> phones,
        @Size(max = 10) List<@Size(max = 254) String> emails,
        CompanyAddresses addresses,
        BankDetails bank,
        @Size(max = 4000) String comments,
        @Size(max = 50) Map<String, String> customFields,
        @Size(min = 1, max = 64) String responsibleId,
        Boolean open) {
}
