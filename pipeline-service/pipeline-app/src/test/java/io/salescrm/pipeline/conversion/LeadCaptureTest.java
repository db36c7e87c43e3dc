package io.salescrm.pipeline.conversion;

import io.salescrm.pipeline.api.contact.PersonName;
import io.salescrm.pipeline.api.contact.PostalAddress;
import io.salescrm.pipeline.api.lead.LeadDetails;
import io.salescrm.pipeline.api.lead.ProductInterest;
import io.salescrm.pipeline.lead.LeadMother;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** What a conversion makes of a lead's captured data. */
class LeadCaptureTest {

    private final LeadDetails lead = LeadMother.details("Inquiry");

    @Test
    void theContactTakesThePersonWithHisPhonesEmailsAddressAndSource() {
        var contact = LeadCapture.contact(lead);
        assertThat(contact.name()).isEqualTo(lead.name());
        assertThat(contact.position()).isEqualTo("Buyer");
        assertThat(contact.phones()).isEqualTo(lead.phones());
        assertThat(contact.emails()).isEqualTo(lead.emails());
        assertThat(contact.source()).isEqualTo(lead.source());
        assertThat(contact.messengers()).isEmpty();
    }

    @Test
    void theCompanyTakesTheNameAndWebsiteAndThePhonesOnlyWhenNoContactIsMade() {
        var besideAContact = LeadCapture.company(lead, false);
        assertThat(besideAContact.name()).isEqualTo("OOO Romashka");
        assertThat(besideAContact.phones()).isEmpty();
        assertThat(besideAContact.emails()).isEmpty();

        LeadDetails withAddress = withAddress(lead, new PostalAddress("620000", "RU", null, "Yekaterinburg", "Lenina 1"));
        var alone = LeadCapture.company(withAddress, true);
        assertThat(alone.phones()).isEqualTo(lead.phones());
        assertThat(alone.emails()).isEqualTo(lead.emails());
        assertThat(alone.addresses().actual().city()).isEqualTo("Yekaterinburg");
    }

    @Test
    void aLeadWithoutANameHasNoPersonAndOneWithoutACompanyNameNoCompany() {
        assertThat(LeadCapture.hasPerson(lead)).isTrue();
        assertThat(LeadCapture.hasCompany(lead)).isTrue();
        LeadDetails titled = LeadMother.titled("Just a title");
        assertThat(LeadCapture.hasPerson(titled)).isFalse();
        assertThat(LeadCapture.hasCompany(titled)).isFalse();
        assertThat(LeadCapture.hasPerson(withName(titled, new PersonName(" ", null, "Ivanovich")))).isFalse();
        assertThat(LeadCapture.hasPerson(withName(titled, new PersonName(null, "Petrov", null)))).isTrue();
    }

    @Test
    void productsOfInterestTravelToTheDealAsACustomField() {
        assertThat(LeadCapture.dealCustomFields(lead)).isEmpty();
        LeadDetails interested = withProducts(lead, List.of(new ProductInterest("p-1", null), new ProductInterest("p-2", "v-7")));
        assertThat(LeadCapture.dealCustomFields(interested)).isEqualTo(Map.of("productsOfInterest", "p-1,p-2/v-7"));

        List<ProductInterest> many = IntStream.range(0, 100).mapToObj(i -> new ProductInterest("p".repeat(60) + i, "v".repeat(60))).toList();
        Map<String, Object> fields = LeadCapture.dealCustomFields(withProducts(lead, many));
        assertThat(fields).containsKeys("productsOfInterest", "productsOfInterest2").hasSizeLessThan(20);
        assertThat(fields.values()).allMatch(text -> ((String) text).length() <= 1_000);
        assertThat(String.join(",", fields.values().stream().map(String.class::cast).toList()).split(",")).hasSize(100);
    }

    @Test
    void theIdsOfOneConversionAreStableAndDistinct() {
        ConversionIds ids = new ConversionIds("c-1");
        assertThat(ids.dealId()).isEqualTo(new ConversionIds("c-1").dealId());
        assertThat(List.of(ids.dealId(), ids.contactId(), ids.companyId())).doesNotHaveDuplicates();
        assertThat(ids.dealId()).isNotEqualTo(new ConversionIds("c-2").dealId());
    }

    private static LeadDetails withName(LeadDetails d, PersonName name) {
        return new LeadDetails(d.title(), name, d.companyName(), d.position(), d.phones(), d.emails(), d.website(),
                d.address(), d.source(), d.sourceNote(), d.expectedAmount(), d.products(), d.comments(), d.customFields());
    }

    private static LeadDetails withAddress(LeadDetails d, PostalAddress address) {
        return new LeadDetails(d.title(), d.name(), d.companyName(), d.position(), d.phones(), d.emails(), d.website(),
                address, d.source(), d.sourceNote(), d.expectedAmount(), d.products(), d.comments(), d.customFields());
    }

    private static LeadDetails withProducts(LeadDetails d, List<ProductInterest> products) {
        return new LeadDetails(d.title(), d.name(), d.companyName(), d.position(), d.phones(), d.emails(), d.website(),
                d.address(), d.source(), d.sourceNote(), d.expectedAmount(), products, d.comments(), d.customFields());
    }
}
