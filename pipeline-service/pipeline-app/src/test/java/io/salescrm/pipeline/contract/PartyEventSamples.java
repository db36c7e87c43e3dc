package io.salescrm.pipeline.contract;

import io.salescrm.pipeline.api.company.BankDetails;
import io.salescrm.pipeline.api.company.CompanyAbsorbedEvent;
import io.salescrm.pipeline.api.company.CompanyAddresses;
import io.salescrm.pipeline.api.company.CompanyAssignedEvent;
import io.salescrm.pipeline.api.company.CompanyCreatedEvent;
import io.salescrm.pipeline.api.company.CompanyDetails;
import io.salescrm.pipeline.api.company.CompanyDetailsChangedEvent;
import io.salescrm.pipeline.api.company.CompanyMergedIntoEvent;
import io.salescrm.pipeline.api.company.CompanySize;
import io.salescrm.pipeline.api.contact.ContactAbsorbedEvent;
import io.salescrm.pipeline.api.contact.ContactAssignedEvent;
import io.salescrm.pipeline.api.contact.ContactCreatedEvent;
import io.salescrm.pipeline.api.contact.ContactDetails;
import io.salescrm.pipeline.api.contact.ContactDetailsChangedEvent;
import io.salescrm.pipeline.api.contact.ContactLinkedToCompanyEvent;
import io.salescrm.pipeline.api.contact.ContactMergedIntoEvent;
import io.salescrm.pipeline.api.contact.ContactUnlinkedFromCompanyEvent;
import io.salescrm.pipeline.api.contact.Messenger;
import io.salescrm.pipeline.api.contact.MessengerType;
import io.salescrm.pipeline.api.contact.PersonName;
import io.salescrm.pipeline.api.contact.Phone;
import io.salescrm.pipeline.api.contact.PhoneType;
import io.salescrm.pipeline.api.contact.PostalAddress;
import io.salescrm.pipeline.api.lead.ExpectedAmount;
import io.salescrm.pipeline.api.lead.LeadAbsorbedEvent;
import io.salescrm.pipeline.api.lead.LeadAssignedEvent;
import io.salescrm.pipeline.api.lead.LeadClosedEvent;
import io.salescrm.pipeline.api.lead.LeadConvertedEvent;
import io.salescrm.pipeline.api.lead.LeadCreatedEvent;
import io.salescrm.pipeline.api.lead.LeadDetails;
import io.salescrm.pipeline.api.lead.LeadDetailsChangedEvent;
import io.salescrm.pipeline.api.lead.LeadDistributionFailedEvent;
import io.salescrm.pipeline.api.lead.LeadMergedIntoEvent;
import io.salescrm.pipeline.api.lead.LeadOutcome;
import io.salescrm.pipeline.api.lead.LeadRemovedEvent;
import io.salescrm.pipeline.api.lead.LeadSource;
import io.salescrm.pipeline.api.lead.LeadStatus;
import io.salescrm.pipeline.api.lead.LeadStatusChangedEvent;
import io.salescrm.pipeline.api.lead.ProductInterest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** One fully populated example of every lead, contact and company event: the content of the contract fixtures. */
final class PartyEventSamples {

    static final String LEAD = "7b0c3f8e-2d4a-4e55-9b61-0f2a9c1d3e44";
    static final String CONTACT = "5d2e8f10-3b4c-4a5d-9e6f-7a8b9c0d1e2f";
    static final String COMPANY = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    static final String OTHER = "1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9";
    static final String EMPLOYEE = "c2f1e0d9-5a6b-4c3d-8e7f-112233445566";
    static final Instant AT = Instant.parse("2026-03-01T10:15:30Z");

    private PartyEventSamples() {
    }

    static final PostalAddress ADDRESS = new PostalAddress("620014", "RU", "Sverdlovsk Oblast", "Yekaterinburg", "ul. Lenina, 1");
    static final List<Phone> PHONES = List.of(new Phone("8 (912) 345-67-89", PhoneType.MOBILE));

    static final LeadDetails LEAD_DETAILS = new LeadDetails("Inquiry from the website",
            new PersonName("Ivan", "Petrov", "Sergeevich"), "OOO Romashka", "Purchasing manager", PHONES,
            List.of("ivan@romashka.example"), "https://romashka.example", ADDRESS, LeadSource.WEBSITE, "contact form",
            ExpectedAmount.of(new BigDecimal("1500.00"), "USD", "RUB", new BigDecimal("80.1250")),
            List.of(new ProductInterest("product-1", "variant-2")), "Call after 14:00", Map.of("region", "Ural"));

    static final ContactDetails CONTACT_DETAILS = new ContactDetails(new PersonName("Ivan", "Petrov", "Sergeevich"),
            "Purchasing manager", PHONES, List.of("ivan@romashka.example"),
            List.of(new Messenger(MessengerType.TELEGRAM, "@ipetrov")), LocalDate.parse("1985-04-12"), ADDRESS,
            LeadSource.REFERRAL, "Prefers email", Map.of("hobby", "chess"));

    static final CompanyDetails COMPANY_DETAILS = new CompanyDetails("Romashka", "OOO \"Romashka\"", "7707083893",
            "770701001", "1027700132195", "Retail", CompanySize.FROM_51_TO_250, "https://romashka.example", PHONES,
            List.of("info@romashka.example"), new CompanyAddresses(ADDRESS, ADDRESS, null),
            new BankDetails("Sberbank", "044525225", "40702810938000012345", "30101810400000000225"),
            "Key account", Map.of("segment", "B"));

    /** File name of the fixture and the event it holds. */
    record Sample(String fixture, Object event) {
        @Override
        public String toString() {
            return fixture;
        }
    }

    static List<Sample> all() {
        return List.of(
                new Sample("LeadCreatedEvent-2.json", new LeadCreatedEvent(LEAD, "pipeline-1", LEAD_DETAILS, null, true, AT)),
                new Sample("LeadDetailsChangedEvent-1.json", new LeadDetailsChangedEvent(LEAD, LEAD_DETAILS, false, AT)),
                new Sample("LeadStatusChangedEvent-1.json", new LeadStatusChangedEvent(LEAD, LeadStatus.IN_WORK, LeadStatus.JUNK, "no budget", AT)),
                new Sample("LeadAssignedEvent-1.json", new LeadAssignedEvent(LEAD, EMPLOYEE)),
                new Sample("LeadClosedEvent-1.json", new LeadClosedEvent(LEAD, LeadOutcome.JUNK)),
                new Sample("LeadDistributionFailedEvent-1.json", new LeadDistributionFailedEvent(LEAD, "rule-1", "NO_ACTIVE_EMPLOYEE",
                        "Unit group-1 has no active employee.", AT)),
                new Sample("LeadConvertedEvent-1.json", new LeadConvertedEvent(LEAD, "deal-1", CONTACT, COMPANY, AT)),
                new Sample("LeadRemovedEvent-1.json", new LeadRemovedEvent(LEAD, "import undone", AT)),
                new Sample("LeadMergedIntoEvent-1.json", new LeadMergedIntoEvent(LEAD, OTHER, AT)),
                new Sample("LeadAbsorbedEvent-1.json", new LeadAbsorbedEvent(OTHER, LEAD, LEAD_DETAILS, AT)),
                new Sample("ContactCreatedEvent-1.json", new ContactCreatedEvent(CONTACT, CONTACT_DETAILS, EMPLOYEE, false, LEAD, List.of(COMPANY), AT)),
                new Sample("ContactDetailsChangedEvent-1.json", new ContactDetailsChangedEvent(CONTACT, CONTACT_DETAILS, true, AT)),
                new Sample("ContactAssignedEvent-1.json", new ContactAssignedEvent(CONTACT, EMPLOYEE, "manager-0", AT)),
                new Sample("ContactLinkedToCompanyEvent-1.json", new ContactLinkedToCompanyEvent(CONTACT, COMPANY)),
                new Sample("ContactUnlinkedFromCompanyEvent-1.json", new ContactUnlinkedFromCompanyEvent(CONTACT, COMPANY)),
                new Sample("ContactMergedIntoEvent-1.json", new ContactMergedIntoEvent(CONTACT, OTHER, AT)),
                new Sample("ContactAbsorbedEvent-1.json", new ContactAbsorbedEvent(OTHER, CONTACT, CONTACT_DETAILS, AT)),
                new Sample("CompanyCreatedEvent-1.json", new CompanyCreatedEvent(COMPANY, COMPANY_DETAILS, EMPLOYEE, true, LEAD, AT)),
                new Sample("CompanyDetailsChangedEvent-1.json", new CompanyDetailsChangedEvent(COMPANY, COMPANY_DETAILS, false, AT)),
                new Sample("CompanyAssignedEvent-1.json", new CompanyAssignedEvent(COMPANY, EMPLOYEE, "manager-0", AT)),
                new Sample("CompanyMergedIntoEvent-1.json", new CompanyMergedIntoEvent(COMPANY, OTHER, AT)),
                new Sample("CompanyAbsorbedEvent-1.json", new CompanyAbsorbedEvent(OTHER, COMPANY, COMPANY_DETAILS, AT)));
    }
}
