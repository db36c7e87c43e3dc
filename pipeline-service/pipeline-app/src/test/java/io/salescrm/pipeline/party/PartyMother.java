package io.salescrm.pipeline.party;

import io.salescrm.pipeline.api.company.BankDetails;
import io.salescrm.pipeline.api.company.CompanyDetails;
import io.salescrm.pipeline.api.company.CompanySize;
import io.salescrm.pipeline.api.contact.ContactDetails;
import io.salescrm.pipeline.api.contact.PersonName;
import io.salescrm.pipeline.api.contact.Phone;
import io.salescrm.pipeline.api.contact.PhoneType;
import io.salescrm.pipeline.api.lead.LeadSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.salescrm.pipeline.lead.LeadMother.uniqueEmail;
import static io.salescrm.pipeline.lead.LeadMother.uniquePhone;

/** Test data for contacts and companies: valid by default, varied one part at a time. */
public final class PartyMother {

    /** Valid INNs (check digits correct), unused by other fixtures. */
    public static final String INN = "7707083893";

    private PartyMother() {
    }

    public static ContactDetails contact(String first, String last) {
        return new ContactDetails(new PersonName(first, last, null), "Buyer",
                List.of(new Phone("+7 912 000-00-01", PhoneType.MOBILE)), List.of("buyer@example.test"), List.of(), null,
                null, LeadSource.REFERRAL, null, Map.of());
    }

    public static CompanyDetails company(String name) {
        return new CompanyDetails(name, "OOO \"" + name + "\"", INN, "773601001", "1027700132195", "Retail",
                CompanySize.FROM_11_TO_50, null, List.of(), List.of(), null,
                new BankDetails("Sberbank", "044525225", "40702810938000012345", "30101810400000000225"), null, Map.of());
    }

    /** A JSON body for POST /contacts with a unique phone and email. */
    public static Map<String, Object> contactBody(String first, String last) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", Map.of("first", first, "last", last));
        body.put("position", "Buyer");
        body.put("phones", List.of(Map.of("number", uniquePhone(), "type", "MOBILE")));
        body.put("emails", List.of(uniqueEmail()));
        body.put("messengers", List.of(Map.of("type", "TELEGRAM", "handle", "@" + first.toLowerCase())));
        body.put("birthday", "1985-04-12");
        body.put("source", "REFERRAL");
        return body;
    }

    /** A JSON body for POST /companies with a unique name and no tax id. */
    public static Map<String, Object> companyBody(String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name + " " + UUID.randomUUID().toString().substring(0, 8));
        body.put("legalName", "OOO \"" + name + "\"");
        body.put("industry", "Retail");
        body.put("size", "FROM_11_TO_50");
        body.put("phones", List.of(Map.of("number", uniquePhone(), "type", "WORK")));
        body.put("emails", List.of(uniqueEmail()));
        body.put("bank", Map.of("bankName", "Sberbank", "bic", "044525225", "settlementAccount", "40702810938000012345",
                "correspondentAccount", "30101810400000000225"));
        return body;
    }

    public static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(body);
        changed.put(key, value);
        return changed;
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }
}
