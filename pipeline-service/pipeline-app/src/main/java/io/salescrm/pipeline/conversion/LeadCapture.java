package io.salescrm.pipeline.conversion;

import io.salescrm.pipeline.api.company.CompanyAddresses;
import io.salescrm.pipeline.api.company.CompanyDetails;
import io.salescrm.pipeline.api.contact.ContactDetails;
import io.salescrm.pipeline.api.contact.PersonName;
import io.salescrm.pipeline.api.lead.LeadDetails;
import io.salescrm.pipeline.api.lead.ProductInterest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a lead captured, as the contact and company a conversion creates from it (variant 2: the person's and the
 * company's data are collected on the lead). The person's phones, emails and address go to the contact; when no
 * contact is made from the lead they are the company's. Pure functions.
 */
public final class LeadCapture {

    public static final String PRODUCTS_OF_INTEREST = "productsOfInterest";
    /** The longest text a deal's custom field holds. */
    static final int MAX_CUSTOM_TEXT = 1_000;

    private LeadCapture() {
    }

    /** Whether the lead names a person (a first or a last name), the least a contact needs. */
    public static boolean hasPerson(LeadDetails lead) {
        PersonName name = lead.name();
        return name != null && (notBlank(name.first()) || notBlank(name.last()));
    }

    /** Whether the lead names a company, the least a company needs. */
    public static boolean hasCompany(LeadDetails lead) {
        return notBlank(lead.companyName());
    }

    public static ContactDetails contact(LeadDetails lead) {
        return new ContactDetails(lead.name(), lead.position(), lead.phones(), lead.emails(), List.of(), null,
                lead.address(), lead.source(), lead.comments(), lead.customFields());
    }

    /** The company; {@code withContactPoints}: it also takes the lead's phones, emails and address (no contact made). */
    public static CompanyDetails company(LeadDetails lead, boolean withContactPoints) {
        return new CompanyDetails(lead.companyName().strip(), null, null, null, null, null, null, lead.website(),
                withContactPoints ? lead.phones() : List.of(), withContactPoints ? lead.emails() : List.of(),
                withContactPoints && lead.address() != null ? new CompanyAddresses(null, lead.address(), null) : null,
                null, null, Map.of());
    }

    /**
     * The deal's custom fields carrying what the lead captured beyond the deal's own fields: the catalog products of
     * interest ("productId" or "productId/variantId", comma separated) in {@code productsOfInterest}, continued in
     * {@code productsOfInterest2}, {@code 3}, ... when longer than a custom text may be. Deal rows need prices and
     * quantities, which the salesperson sets.
     */
    public static Map<String, Object> dealCustomFields(LeadDetails lead) {
        Map<String, Object> fields = new LinkedHashMap<>();
        StringBuilder chunk = new StringBuilder();
        for (ProductInterest product : lead.products() == null ? List.<ProductInterest>of() : lead.products()) {
            String entry = product.variantId() == null ? product.productId() : product.productId() + "/" + product.variantId();
            if (!chunk.isEmpty() && chunk.length() + 1 + entry.length() > MAX_CUSTOM_TEXT) {
                fields.put(productsField(fields.size()), chunk.toString());
                chunk.setLength(0);
            }
            chunk.append(chunk.isEmpty() ? "" : ",").append(entry);
        }
        if (!chunk.isEmpty()) {
            fields.put(productsField(fields.size()), chunk.toString());
        }
        return fields;
    }

    private static String productsField(int index) {
        return index == 0 ? PRODUCTS_OF_INTEREST : PRODUCTS_OF_INTEREST + (index + 1);
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }
}
