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
import io.salescrm.pipeline.api.contact.UnlinkContactFromCompanyCommand;
import io.salescrm.pipeline.merge.DetailsAbsorption;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.rules.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static io.salescrm.pipeline.contact.command.PartyFieldRules.MAX_COMMENTS;
import static io.salescrm.pipeline.contact.command.PartyFieldRules.MAX_ID;
import static io.salescrm.pipeline.contact.command.PartyFieldRules.MAX_LINKS;
import static io.salescrm.pipeline.contact.command.PartyFieldRules.MAX_TEXT;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A contact: a person the sales team talks to, linked to any number of companies. Event-sourced. Commands that
 * would change nothing append nothing; a merged contact is read-only.
 */
@Aggregate
public class Contact {

    @AggregateIdentifier
    private String contactId;
    private ContactDetails details;
    private boolean open;
    private String responsibleId;
    private final Set<String> companyIds = new LinkedHashSet<>();
    private String mergedIntoId;

    protected Contact() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    public Contact(CreateContactCommand command) {
        validate(command.details());
        requireResponsible(command.responsibleId());
        PartyFieldRules.employeeId("originLeadId", command.originLeadId());
        PartyFieldRules.ids("companyIds", command.companyIds(), MAX_LINKS);
        apply(new ContactCreatedEvent(command.contactId(), command.details(), command.responsibleId(), command.open(),
                command.originLeadId(), List.copyOf(new LinkedHashSet<>(command.companyIds())), now()));
    }

    @CommandHandler
    void handle(ChangeContactDetailsCommand command) {
        requireNotMerged();
        validate(command.details());
        if (!command.details().equals(details) || command.open() != open) {
            apply(new ContactDetailsChangedEvent(contactId, command.details(), command.open(), now()));
        }
    }

    @CommandHandler
    void handle(AssignContactCommand command) {
        requireNotMerged();
        requireResponsible(command.responsibleId());
        if (!command.responsibleId().equals(responsibleId)) {
            apply(new ContactAssignedEvent(contactId, command.responsibleId(), responsibleId, now()));
        }
    }

    @CommandHandler
    void handle(LinkContactToCompanyCommand command) {
        requireNotMerged();
        requireCompanyId(command.companyId());
        if (!companyIds.contains(command.companyId())) {
            if (companyIds.size() >= MAX_LINKS) {
                throw new RuleViolationException("too-many-companies", "A contact is linked to at most " + MAX_LINKS + " companies.");
            }
            apply(new ContactLinkedToCompanyEvent(contactId, command.companyId()));
        }
    }

    @CommandHandler
    void handle(UnlinkContactFromCompanyCommand command) {
        requireNotMerged();
        if (companyIds.contains(command.companyId())) {
            apply(new ContactUnlinkedFromCompanyEvent(contactId, command.companyId()));
        }
    }

    @CommandHandler
    void handle(MergeContactIntoCommand command) {
        if (command.survivorId() == null || command.survivorId().equals(contactId)) {
            throw new InvalidFieldException("mergedId", "must be another contact");
        }
        if (command.survivorId().equals(mergedIntoId)) {
            return;
        }
        requireNotMerged();
        apply(new ContactMergedIntoEvent(contactId, command.survivorId(), now()));
    }

    @CommandHandler
    void handle(AbsorbContactCommand command) {
        requireNotMerged();
        apply(new ContactAbsorbedEvent(contactId, command.mergedId(), DetailsAbsorption.absorb(details, command.mergedDetails()), now()));
        for (String companyId : command.mergedCompanyIds()) {
            if (!companyIds.contains(companyId) && companyIds.size() < MAX_LINKS) {
                apply(new ContactLinkedToCompanyEvent(contactId, companyId));
            }
        }
    }

    @EventSourcingHandler
    void on(ContactCreatedEvent event) {
        contactId = event.contactId();
        details = event.details();
        open = event.open();
        responsibleId = event.responsibleId();
        companyIds.addAll(event.companyIds());
    }

    @EventSourcingHandler
    void on(ContactDetailsChangedEvent event) {
        details = event.details();
        open = event.open();
    }

    @EventSourcingHandler
    void on(ContactAssignedEvent event) {
        responsibleId = event.responsibleId();
    }

    @EventSourcingHandler
    void on(ContactLinkedToCompanyEvent event) {
        companyIds.add(event.companyId());
    }

    @EventSourcingHandler
    void on(ContactUnlinkedFromCompanyEvent event) {
        companyIds.remove(event.companyId());
    }

    @EventSourcingHandler
    void on(ContactMergedIntoEvent event) {
        mergedIntoId = event.survivorId();
    }

    @EventSourcingHandler
    void on(ContactAbsorbedEvent event) {
        details = event.details();
    }

    static void validate(ContactDetails details) {
        if (details == null) {
            throw new InvalidFieldException("details", "must not be null");
        }
        if (details.name() == null || (blank(details.name().first()) && blank(details.name().last()))) {
            throw new InvalidFieldException("name", "needs a first or a last name");
        }
        PartyFieldRules.name("name", details.name());
        PartyFieldRules.text("position", details.position(), MAX_TEXT);
        PartyFieldRules.phones(details.phones());
        PartyFieldRules.emails(details.emails());
        PartyFieldRules.messengers(details.messengers());
        if (details.birthday() != null && (details.birthday().getYear() < 1900 || details.birthday().isAfter(java.time.LocalDate.now()))) {
            throw new InvalidFieldException("birthday", "must be a past date after 1900");
        }
        PartyFieldRules.address("address", details.address());
        PartyFieldRules.text("comments", details.comments(), MAX_COMMENTS);
        PartyFieldRules.customFields(details.customFields());
    }

    private void requireNotMerged() {
        if (mergedIntoId != null) {
            throw new RuleViolationException("merged", "Contact " + contactId + " was merged into " + mergedIntoId + " and is read-only.");
        }
    }

    private static void requireResponsible(String responsibleId) {
        if (responsibleId == null || responsibleId.isBlank()) {
            throw new InvalidFieldException("responsibleId", "must not be blank");
        }
        PartyFieldRules.employeeId("responsibleId", responsibleId);
    }

    private static void requireCompanyId(String companyId) {
        if (companyId == null || companyId.isBlank() || companyId.length() > MAX_ID) {
            throw new InvalidFieldException("companyId", "must be 1-" + MAX_ID + " characters");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static Instant now() {
        return GenericEventMessage.clock.instant();
    }
}
