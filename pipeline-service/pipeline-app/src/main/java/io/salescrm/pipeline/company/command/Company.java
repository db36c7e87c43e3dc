package io.salescrm.pipeline.company.command;

import io.salescrm.pipeline.api.company.AbsorbCompanyCommand;
import io.salescrm.pipeline.api.company.AssignCompanyCommand;
import io.salescrm.pipeline.api.company.BankDetails;
import io.salescrm.pipeline.api.company.ChangeCompanyDetailsCommand;
import io.salescrm.pipeline.api.company.CompanyAbsorbedEvent;
import io.salescrm.pipeline.api.company.CompanyAddresses;
import io.salescrm.pipeline.api.company.CompanyAssignedEvent;
import io.salescrm.pipeline.api.company.CompanyCreatedEvent;
import io.salescrm.pipeline.api.company.CompanyDetails;
import io.salescrm.pipeline.api.company.CompanyDetailsChangedEvent;
import io.salescrm.pipeline.api.company.CompanyMergedIntoEvent;
import io.salescrm.pipeline.api.company.CreateCompanyCommand;
import io.salescrm.pipeline.api.company.MergeCompanyIntoCommand;
import io.salescrm.pipeline.contact.command.PartyFieldRules;
import io.salescrm.pipeline.merge.DetailsAbsorption;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.rules.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;

import static io.salescrm.pipeline.contact.command.PartyFieldRules.MAX_COMMENTS;
import static io.salescrm.pipeline.contact.command.PartyFieldRules.MAX_TEXT;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A company (a client or prospect organisation) with its requisites. Event-sourced. Contacts link to companies
 * (the link is held by the contact). Commands that would change nothing append nothing; a merged company is
 * read-only.
 */
@Aggregate
public class Company {

    @AggregateIdentifier
    private String companyId;
    private CompanyDetails details;
    private boolean open;
    private String responsibleId;
    private String mergedIntoId;

    protected Company() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    public Company(CreateCompanyCommand command) {
        validate(command.details());
        requireResponsible(command.responsibleId());
        PartyFieldRules.employeeId("originLeadId", command.originLeadId());
        apply(new CompanyCreatedEvent(command.companyId(), command.details(), command.responsibleId(), command.open(),
                command.originLeadId(), now()));
    }

    @CommandHandler
    void handle(ChangeCompanyDetailsCommand command) {
        requireNotMerged();
        validate(command.details());
        if (!command.details().equals(details) || command.open() != open) {
            apply(new CompanyDetailsChangedEvent(companyId, command.details(), command.open(), now()));
        }
    }

    @CommandHandler
    void handle(AssignCompanyCommand command) {
        requireNotMerged();
        requireResponsible(command.responsibleId());
        if (!command.responsibleId().equals(responsibleId)) {
            apply(new CompanyAssignedEvent(companyId, command.responsibleId(), responsibleId, now()));
        }
    }

    @CommandHandler
    void handle(MergeCompanyIntoCommand command) {
        if (command.survivorId() == null || command.survivorId().equals(companyId)) {
            throw new InvalidFieldException("mergedId", "must be another company");
        }
        if (command.survivorId().equals(mergedIntoId)) {
            return;
        }
        requireNotMerged();
        apply(new CompanyMergedIntoEvent(companyId, command.survivorId(), now()));
    }

    @CommandHandler
    void handle(AbsorbCompanyCommand command) {
        requireNotMerged();
        apply(new CompanyAbsorbedEvent(companyId, command.mergedId(), DetailsAbsorption.absorb(details, command.mergedDetails()), now()));
    }

    @EventSourcingHandler
    void on(CompanyCreatedEvent event) {
        companyId = event.companyId();
        details = event.details();
        open = event.open();
        responsibleId = event.responsibleId();
    }

    @EventSourcingHandler
    void on(CompanyDetailsChangedEvent event) {
        details = event.details();
        open = event.open();
    }

    @EventSourcingHandler
    void on(CompanyAssignedEvent event) {
        responsibleId = event.responsibleId();
    }

    @EventSourcingHandler
    void on(CompanyMergedIntoEvent event) {
        mergedIntoId = event.survivorId();
    }

    @EventSourcingHandler
    void on(CompanyAbsorbedEvent event) {
        details = event.details();
    }

    /** Names, requisites (INN with checksum, KPP, OGRN, bank details) and bounds of a company's details. */
    static void validate(CompanyDetails details) {
        if (details == null) {
            throw new InvalidFieldException("details", "must not be null");
        }
        PartyFieldRules.required("name", details.name(), MAX_TEXT);
        PartyFieldRules.text("legalName", details.legalName(), MAX_TEXT);
        if (details.taxId() != null && !CompanyRequisites.isValidInn(details.taxId())) {
            throw new InvalidFieldException("taxId", "is not a valid INN (10 or 12 digits with check digits)");
        }
        if (details.kpp() != null && !CompanyRequisites.isValidKpp(details.kpp())) {
            throw new InvalidFieldException("kpp", "is not a valid KPP (9 characters)");
        }
        if (details.ogrn() != null && !CompanyRequisites.isValidOgrn(details.ogrn())) {
            throw new InvalidFieldException("ogrn", "is not a valid OGRN (13 digits) or OGRNIP (15 digits)");
        }
        PartyFieldRules.text("industry", details.industry(), MAX_TEXT);
        PartyFieldRules.text("website", details.website(), MAX_TEXT);
        PartyFieldRules.phones(details.phones());
        PartyFieldRules.emails(details.emails());
        CompanyAddresses addresses = details.addresses();
        if (addresses != null) {
            PartyFieldRules.address("addresses.legal", addresses.legal());
            PartyFieldRules.address("addresses.actual", addresses.actual());
            PartyFieldRules.address("addresses.postal", addresses.postal());
        }
        bank(details.bank());
        PartyFieldRules.text("comments", details.comments(), MAX_COMMENTS);
        PartyFieldRules.customFields(details.customFields());
    }

    private static void bank(BankDetails bank) {
        if (bank == null) {
            return;
        }
        PartyFieldRules.required("bank.bankName", bank.bankName(), MAX_TEXT);
        if (!CompanyRequisites.isValidBic(bank.bic())) {
            throw new InvalidFieldException("bank.bic", "must be 9 digits");
        }
        if (!CompanyRequisites.isValidAccount(bank.settlementAccount())) {
            throw new InvalidFieldException("bank.settlementAccount", "must be 20 digits");
        }
        if (bank.correspondentAccount() != null && !CompanyRequisites.isValidAccount(bank.correspondentAccount())) {
            throw new InvalidFieldException("bank.correspondentAccount", "must be 20 digits");
        }
    }

    private void requireNotMerged() {
        if (mergedIntoId != null) {
            throw new RuleViolationException("merged", "Company " + companyId + " was merged into " + mergedIntoId + " and is read-only.");
        }
    }

    private static void requireResponsible(String responsibleId) {
        if (responsibleId == null || responsibleId.isBlank()) {
            throw new InvalidFieldException("responsibleId", "must not be blank");
        }
        PartyFieldRules.employeeId("responsibleId", responsibleId);
    }

    private static Instant now() {
        return GenericEventMessage.clock.instant();
    }
}
