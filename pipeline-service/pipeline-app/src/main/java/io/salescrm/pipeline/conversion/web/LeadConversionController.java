package io.salescrm.pipeline.conversion.web;

import io.salescrm.org.api.role.EntityType;
import io.salescrm.pipeline.api.company.CompanyDetails;
import io.salescrm.pipeline.api.company.CreateCompanyCommand;
import io.salescrm.pipeline.api.contact.ContactDetails;
import io.salescrm.pipeline.api.contact.CreateContactCommand;
import io.salescrm.pipeline.api.contact.LinkContactToCompanyCommand;
import io.salescrm.pipeline.api.deal.CreateDealCommand;
import io.salescrm.pipeline.api.deal.TargetStage;
import io.salescrm.pipeline.api.lead.ExpectedAmount;
import io.salescrm.pipeline.api.lead.LeadDetails;
import io.salescrm.pipeline.api.lead.MarkLeadConvertedCommand;
import io.salescrm.pipeline.api.pipeline.DefaultPipeline;
import io.salescrm.pipeline.company.query.CompanyView;
import io.salescrm.pipeline.contact.query.ContactView;
import io.salescrm.pipeline.conversion.ConversionAccess;
import io.salescrm.pipeline.conversion.ConversionIds;
import io.salescrm.pipeline.conversion.ConversionSteps;
import io.salescrm.pipeline.conversion.LeadCapture;
import io.salescrm.pipeline.conversion.PartyRecords;
import io.salescrm.pipeline.conversion.PartyRecords.Party;
import io.salescrm.platform.currency.ExchangeRates;
import io.salescrm.pipeline.duplicate.DuplicateCandidate;
import io.salescrm.pipeline.duplicate.DuplicateFinder;
import io.salescrm.pipeline.duplicate.DuplicateFoundException;
import io.salescrm.pipeline.duplicate.PartyKind;
import io.salescrm.pipeline.lead.query.LeadHistory;
import io.salescrm.pipeline.lead.query.LeadView;
import io.salescrm.platform.rules.ConflictException;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.rules.RuleViolationException;
import io.salescrm.platform.web.IdempotentCreation;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Lead conversion, variants 1 and 2 of the article's work schemes: a lead becomes a new or existing contact and/or
 * company, and optionally a deal with them (from the lead's captured data) in one request. The lead is marked
 * converted first, with the ids of what it becomes; everything happens in one transaction (see the package
 * documentation). Rights: LEAD WRITE on the lead, ADD for each record created (deals: in the target stage), READ
 * on existing records linked and CONTACT WRITE on an existing contact newly linked to a company.
 */
@RestController
@Validated
public class LeadConversionController {

    static final String ALREADY_CONVERTED = "already-converted";

    /** What an Idempotency-Key is bound to: the caller, the lead and his request. */
    record CreationFingerprint(String caller, String leadId, ConvertLeadRequest request, boolean force) {
    }

    private final LeadHistory leads;
    private final PartyRecords parties;
    private final ConversionAccess access;
    private final ConversionSteps steps;
    private final DuplicateFinder duplicates;
    private final ExchangeRates exchangeRates;
    private final IdempotentCreation idempotentCreation;

    public LeadConversionController(LeadHistory leads, PartyRecords parties, ConversionAccess access, ConversionSteps steps,
                                    DuplicateFinder duplicates, ExchangeRates exchangeRates,
                                    IdempotentCreation idempotentCreation) {
        this.leads = leads;
        this.parties = parties;
        this.access = access;
        this.steps = steps;
        this.duplicates = duplicates;
        this.exchangeRates = exchangeRates;
        this.idempotentCreation = idempotentCreation;
    }

    @PostMapping("/leads/{id}/convert")
    @Operation(summary = "Convert a lead into a contact and/or company, and optionally a deal (work schemes 1 and 2)",
            description = "contact/company: {} creates one from the lead's data, {\"id\": ...} links an existing one; "
                    + "with a deal, an absent contact/company is created from the lead's data when it has any. The lead "
                    + "records what it became and each created record its originLeadId. 409 already-converted (with the "
                    + "first conversion's ids) when converted before; 409 with candidates when a new contact/company "
                    + "looks like an existing one, unless force=true; 422 for a simple-mode pipeline. An "
                    + "Idempotency-Key makes retries return the first result.")
    public ConversionResult convert(@PathVariable @Size(max = 64) String id,
                                    @RequestHeader(name = IdempotentCreation.HEADER, required = false) String idempotencyKey,
                                    @RequestParam(defaultValue = "false") boolean force,
                                    @Valid @RequestBody ConvertLeadRequest request) {
        LeadView lead = current(id);
        access.requireWritable(EntityType.LEAD, id, lead.getResponsibleId(), lead.isOpen());
        try {
            idempotentCreation.create("lead-conversions", idempotencyKey,
                    new CreationFingerprint(access.caller(), id, request, force),
                    conversionId -> steps.atomically(plan(lead, request, force, new ConversionIds(conversionId))));
        } catch (ConflictException refused) {
            throw ALREADY_CONVERTED.equals(refused.rule()) ? alreadyConverted(id) : refused;
        } catch (ConcurrencyException concurrent) {
            // another request changed the lead (or a linked contact) meanwhile: converted it, most likely
            LeadView now = current(id);
            throw now.getConversion() != null ? new AlreadyConvertedException(id, now.getConversion()) : concurrent;
        }
        return ConversionResult.of(id, current(id).getConversion());
    }

    /** The commands converting the lead, after every check that can be made before sending them. */
    private List<Object> plan(LeadView lead, ConvertLeadRequest request, boolean force, ConversionIds ids) {
        if (lead.getConversion() != null) {
            throw new ConflictException(ALREADY_CONVERTED, "Lead " + lead.getId() + " was converted already.");
        }
        LeadDetails details = lead.getDetails();
        String responsibleId = request.responsibleId() != null ? request.responsibleId()
                : lead.getResponsibleId() != null ? lead.getResponsibleId() : access.caller();
        access.requireActive(responsibleId);
        boolean open = lead.isOpen();
        boolean withDeal = request.deal() != null;
        ConvertLeadRequest.PartyChoice contact = request.contact() != null ? request.contact()
                : withDeal && LeadCapture.hasPerson(details) ? new ConvertLeadRequest.PartyChoice(null) : null;
        ConvertLeadRequest.PartyChoice company = request.company() != null ? request.company()
                : withDeal && LeadCapture.hasCompany(details) ? new ConvertLeadRequest.PartyChoice(null) : null;
        if (!withDeal && contact == null && company == null) {
            throw new InvalidFieldException("contact", "name a contact, a company or a deal for the lead to become");
        }

        List<DuplicateCandidate> candidates = new ArrayList<>();
        List<Object> creations = new ArrayList<>();
        String companyId = null;
        if (company != null && company.id() != null) {
            companyId = access.readable(EntityType.COMPANY, "company.id", company.id(), parties.company(company.id())).id();
        } else if (company != null) {
            if (!LeadCapture.hasCompany(details)) {
                throw new RuleViolationException("lead-has-no-company", "The lead names no company to create; name an existing one.");
            }
            access.requireAdd(EntityType.COMPANY, responsibleId, open);
            companyId = ids.companyId();
            CompanyDetails newCompany = LeadCapture.company(details, contact == null);
            candidates.addAll(duplicates.find(CompanyView.keysOf(newCompany), null, List.of(PartyKind.COMPANY)));
            creations.add(new CreateCompanyCommand(companyId, newCompany, responsibleId, open, lead.getId()));
        }
        String contactId = null;
        if (contact != null && contact.id() != null) {
            Party existing = access.readable(EntityType.CONTACT, "contact.id", contact.id(), parties.contact(contact.id()));
            contactId = existing.id();
            if (companyId != null && !existing.companyIds().contains(companyId)) {
                access.requireWritable(EntityType.CONTACT, contactId, existing.responsibleId(), existing.open());
                creations.add(new LinkContactToCompanyCommand(contactId, companyId));
            }
        } else if (contact != null) {
            if (!LeadCapture.hasPerson(details)) {
                throw new RuleViolationException("lead-has-no-person", "The lead names no person to create a contact for; name an existing contact.");
            }
            access.requireAdd(EntityType.CONTACT, responsibleId, open);
            contactId = ids.contactId();
            ContactDetails newContact = LeadCapture.contact(details);
            candidates.addAll(duplicates.find(ContactView.keysOf(newContact), null, List.of(PartyKind.CONTACT)));
            creations.add(new CreateContactCommand(contactId, newContact, responsibleId, open, lead.getId(),
                    companyId == null ? List.of() : List.of(companyId)));
        }
        String dealId = null;
        if (withDeal) {
            dealId = ids.dealId();
            creations.add(deal(lead, request.deal(), dealId, companyId, contactId, responsibleId, open));
        }
        if (!force && !candidates.isEmpty()) {
            throw new DuplicateFoundException(candidates);
        }
        List<Object> commands = new ArrayList<>();
        commands.add(new MarkLeadConvertedCommand(lead.getId(), dealId, contactId, companyId));
        commands.addAll(creations);
        return commands;
    }

    private CreateDealCommand deal(LeadView lead, ConvertLeadRequest.DealTerms terms, String dealId, String companyId,
                                   String contactId, String responsibleId, boolean open) {
        String pipelineId = terms.pipelineId() != null ? terms.pipelineId()
                : lead.getPipelineId() != null ? lead.getPipelineId() : DefaultPipeline.ID;
        TargetStage stage = steps.leadDealStage(pipelineId, terms.stageId(), "deal.pipelineId", "deal.stageId");
        access.requireDealAdd(stage, responsibleId, open);
        LeadDetails details = lead.getDetails();
        ExpectedAmount expected = details.expectedAmount();
        String currency = terms.currency() != null ? terms.currency() : expected != null ? expected.currency() : exchangeRates.base();
        BigDecimal amount = terms.amount() != null ? terms.amount()
                : expected != null && expected.currency().equals(currency) ? expected.amount() : BigDecimal.ZERO.setScale(2);
        BigDecimal rate = exchangeRates.rateToBase(currency, "deal.currency");
        return new CreateDealCommand(dealId, terms.title() != null ? terms.title() : details.title(), amount, currency,
                exchangeRates.base(), rate, responsibleId, open, stage, List.of(), companyId,
                contactId == null ? List.of() : List.of(contactId), lead.getId(), null, null, null, details.source(),
                details.comments(), LeadCapture.dealCustomFields(details));
    }

    private LeadView current(String leadId) {
        return leads.asOf(leadId, Instant.now())
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "No lead with id " + leadId + "."));
    }

    private AlreadyConvertedException alreadyConverted(String leadId) {
        return new AlreadyConvertedException(leadId, current(leadId).getConversion());
    }
}
