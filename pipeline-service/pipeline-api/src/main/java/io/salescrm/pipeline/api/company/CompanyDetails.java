package io.salescrm.pipeline.api.company;

import io.salescrm.pipeline.api.contact.Phone;

import java.util.List;
import java.util.Map;

/**
 * Everything about a company that its owner edits as a whole, including the requisites billing prints:
 * {@code taxId} (INN: 10 digits for organisations, 12 for sole proprietors, checksum-valid), {@code kpp}
 * (9 characters), {@code ogrn} (13 or 15 digits, optional) and bank details. Lists are never null.
 */
public record CompanyDetails(
        String name,
        String legalName,
        String taxId,
        String kpp,
        String ogrn,
        String industry,
        CompanySize size,
        String website,
        List<Phone> phones,
        List<String> emails,
        CompanyAddresses addresses,
        BankDetails bank,
        String comments,
        Map<String, String> customFields) {
}
