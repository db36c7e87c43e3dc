package io.salescrm.pipeline.contact.command;

import io.salescrm.pipeline.api.contact.AbsorbContactCommand;
import io.salescrm.pipeline.api.contact.AssignContactCommand;
import io.salescrm.pipeline.api.contact.ChangeContactDetailsCommand;
import io.salescrm.pipeline.api.contact.ContactAbsorbedEvent;
import io.salescrm.pipeline.api.contact.ContactAssignedEvent;
import io.salescrm.pipeline.api.contact.ContactCreatedEvent;
import io.salescrm.pipeline.api.contact.ContactDetails;
import io.salescrm.pipeline.api.contact.ContactDetailsChangedEvent;
import io.salescrm.pipeline.api.contact.ContactLinkedToCompanyEvent;
import io.salescrm.pipeline.api.contact.ContactMergedIntoEvent;
import io.salescrm.pipeline.api.contact.ContactUnlinkedFromCompanyEvent;
import io.salescrm.pipeline.api.contact.CreateContactCommand;
import io.salescrm.pipeline.api.contact.LinkContactToCompanyCommand;
import io.salescrm.pipeline.api.contact.MergeContactIntoCommand;
import io.salescrm.pipeline.api.contact.PersonName;
import io.salescrm.pipeline.api.contact.Phone;
import io.salescrm.pipeline.api.contact.PhoneType;
import io.salescrm.pipeline.api.contact.UnlinkContactFromCompanyCommand;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.rules.RuleViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.salescrm.pipeline.party.PartyMother.contact;

class ContactTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");
    private static final String ID = "contact-1";

    private FixtureConfiguration<Contact> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Contact.class);
    }

    private static ContactCreatedEvent created() {
        return new ContactCreatedEvent(ID, contact("Ivan", "Petrov"), "manager-1", false, "lead-1", List.of("company-1"), NOW);
    }

    @Test
    void aContactIsCreatedWithItsLineageAndCompanies() {
        fixture.givenCurrentTime(NOW)
                .when(new CreateContactCommand(ID, contact("Ivan", "Petrov"), "manager-1", false, "lead-1", List.of("company-1", "company-1")))
                .expectEvents(created());
    }

    @Test
    void aContactNeedsAFirstOrLastNameAndAResponsible() {
        fixture.givenNoPriorActivity()
                .when(new CreateContactCommand(ID, withName(new PersonName(" ", null, "Sergeevich")), "manager-1", false, null, List.of()))
                .expectException(InvalidFieldException.class);
        fixture.givenNoPriorActivity()
                .when(new CreateContactCommand(ID, contact("Ivan", null), null, false, null, List.of()))
                .expectException(InvalidFieldException.class);
    }

    @Test
    void aBirthdayInTheFutureIsRefused() {
        ContactDetails d = contact("Ivan", "Petrov");
        ContactDetails future = new ContactDetails(d.name(), d.position(), d.phones(), d.emails(), d.messengers(),
                LocalDate.now().plusDays(1), d.address(), d.source(), d.comments(), d.customFields());
        fixture.givenNoPriorActivity()
                .when(new CreateContactCommand(ID, future, "manager-1", false, null, List.of()))
                .expectException(InvalidFieldException.class);
    }

    @Test
    void changedDetailsAreAnEventAndUnchangedOnesNone() {
        ContactDetails changed = contact("Ivan", "Sidorov");
        fixture.givenCurrentTime(NOW).andGiven(created())
                .when(new ChangeContactDetailsCommand(ID, changed, false))
                .expectEvents(new ContactDetailsChangedEvent(ID, changed, false, NOW));
        fixture.given(created())
                .when(new ChangeContactDetailsCommand(ID, contact("Ivan", "Petrov"), false))
                .expectNoEvents();
    }

    @Test
    void reassigningRecordsThePreviousResponsible() {
        fixture.givenCurrentTime(NOW).andGiven(created())
                .when(new AssignContactCommand(ID, "manager-2"))
                .expectEvents(new ContactAssignedEvent(ID, "manager-2", "manager-1", NOW));
        fixture.given(created())
                .when(new AssignContactCommand(ID, "manager-1"))
                .expectNoEvents();
    }

    @Test
    void linksToCompaniesAreAddedAndRemovedOnce() {
        fixture.given(created())
                .when(new LinkContactToCompanyCommand(ID, "company-2"))
                .expectEvents(new ContactLinkedToCompanyEvent(ID, "company-2"));
        fixture.given(created())
                .when(new LinkContactToCompanyCommand(ID, "company-1"))
                .expectNoEvents();
        fixture.given(created())
                .when(new UnlinkContactFromCompanyCommand(ID, "company-1"))
                .expectEvents(new ContactUnlinkedFromCompanyEvent(ID, "company-1"));
        fixture.given(created())
                .when(new UnlinkContactFromCompanyCommand(ID, "company-9"))
                .expectNoEvents();
    }

    @Test
    void aMergedContactIsReadOnly() {
        fixture.givenCurrentTime(NOW).andGiven(created())
                .when(new MergeContactIntoCommand(ID, "contact-2"))
                .expectEvents(new ContactMergedIntoEvent(ID, "contact-2", NOW));
        fixture.given(created(), new ContactMergedIntoEvent(ID, "contact-2", NOW))
                .when(new LinkContactToCompanyCommand(ID, "company-2"))
                .expectException(RuleViolationException.class);
    }

    @Test
    void theSurvivorAbsorbsMissingDetailsUnitedPhonesAndTheMergedCompanies() {
        ContactDetails own = contact("Ivan", null);
        ContactDetails merged = new ContactDetails(new PersonName("Ivan", "Petrov", "S."), "CEO",
                List.of(new Phone("8 912 000-00-01", PhoneType.WORK), new Phone("+7 912 000-00-02", PhoneType.HOME)),
                List.of("BUYER@example.test", "other@example.test"), List.of(), LocalDate.parse("1980-01-01"), null, null,
                "note", Map.of("k", "v"));
        ContactDetails expected = new ContactDetails(new PersonName("Ivan", "Petrov", "S."), own.position(),
                List.of(own.phones().get(0), merged.phones().get(1)), List.of("buyer@example.test", "other@example.test"),
                List.of(), LocalDate.parse("1980-01-01"), null, own.source(), "note", Map.of("k", "v"));
        fixture.givenCurrentTime(NOW).andGiven(new ContactCreatedEvent(ID, own, "manager-1", false, null, List.of("company-1"), NOW))
                .when(new AbsorbContactCommand(ID, "contact-2", merged, List.of("company-1", "company-2")))
                .expectEvents(new ContactAbsorbedEvent(ID, "contact-2", expected, NOW),
                        new ContactLinkedToCompanyEvent(ID, "company-2"));
    }

    private static ContactDetails withName(PersonName name) {
        ContactDetails d = contact("x", "y");
        return new ContactDetails(name, d.position(), d.phones(), d.emails(), d.messengers(), d.birthday(), d.address(),
                d.source(), d.comments(), d.customFields());
    }
}
