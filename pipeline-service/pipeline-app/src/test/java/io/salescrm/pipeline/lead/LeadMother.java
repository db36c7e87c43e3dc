package io.salescrm.pipeline.lead;

import io.salescrm.pipeline.api.contact.PersonName;
import io.salescrm.pipeline.api.contact.Phone;
import io.salescrm.pipeline.api.contact.PhoneType;
import io.salescrm.pipeline.api.lead.CreateLeadCommand;
import io.salescrm.pipeline.api.lead.ExpectedAmount;
import io.salescrm.pipeline.api.lead.LeadDetails;
import io.salescrm.pipeline.api.lead.LeadSource;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Test data for leads: a valid lead by default, varied one part at a time. */
public final class LeadMother {

    public static final String RESPONSIBLE = "manager-1";

    private LeadMother() {
    }

    public static LeadDetails details(String title) {
        return new LeadDetails(title, new PersonName("Ivan", "Petrov", null), "OOO Romashka", "Buyer",
                List.of(new Phone("8 (912) 345-67-89", PhoneType.MOBILE)), List.of("ivan@romashka.example"), null, null,
                LeadSource.WEBSITE, null, ExpectedAmount.of(new BigDecimal("100.00"), "USD", "RUB", new BigDecimal("80")),
                List.of(), null, Map.of());
    }

    public static LeadDetails titled(String title) {
        return LeadDetails.titled(title, LeadSource.CALL);
    }

    public static CreateLeadCommand create(String leadId) {
        return new CreateLeadCommand(leadId, null, details("Inquiry"), RESPONSIBLE, false);
    }

    public static CreateLeadCommand createUnassigned(String leadId) {
        return new CreateLeadCommand(leadId, null, titled("Unassigned inquiry"), null, false);
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** A mobile number no other test uses, as entered nationally: {@code 8 9xx xxx-xx-xx}. */
    public static String uniquePhone() {
        long n = ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
        String digits = "9" + n;
        return "8 " + digits.substring(0, 3) + " " + digits.substring(3, 6) + "-" + digits.substring(6, 8) + "-" + digits.substring(8);
    }

    public static String uniqueEmail() {
        return "lead-" + UUID.randomUUID() + "@example.test";
    }

    /** A JSON body for POST /leads with a unique phone and email (so it is nobody's duplicate). */
    public static Map<String, Object> requestBody(String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("name", Map.of("first", "Anna", "last", "Smirnova"));
        body.put("companyName", "Company " + UUID.randomUUID());
        body.put("phones", List.of(Map.of("number", uniquePhone(), "type", "MOBILE")));
        body.put("emails", List.of(uniqueEmail()));
        body.put("source", "WEBSITE");
        body.put("expectedAmount", "1000.00");
        body.put("currency", "USD");
        return body;
    }

    public static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(body);
        changed.put(key, value);
        return changed;
    }
}
