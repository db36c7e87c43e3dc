package io.salescrm.pipeline.conversion.web;

import io.salescrm.org.api.role.EntityType;
import io.salescrm.pipeline.api.company.CompanyDetails;
import io.salescrm.pipeline.api.company.CreateCompanyCommand;
import io.salescrm.pipeline.api.contact.ContactDetails;
import io.salescrm.pipeline.api.contact.CreateContactCommand;
import io.salescrm.pipeline.api.contact.LinkContactToCompanyCommand;
import io.salescrm.pipeline.api.contact.PersonName;
import io.salescrm.pipeline.api.deal.CreateDealCommand;
import io.salescrm.pipeline.api.deal.TargetStage;
import io.salescrm.pipeline.company.query.CompanyView;
import io.salescrm.pipeline.contact.query.ContactView;
import io.salescrm.pipeline.conversion.ConversionAccess;
import io.salescrm.pipeline.conversion.ConversionIds;
import io.salescrm.pipeline.conversion.ConversionSteps;
import io.salescrm.pipeline.conversion.PartyRecords;
import io.salescrm.pipeline.conversion.PartyRecords.Party;
import io.salescrm.platform.currency.ExchangeRates;
import io.salescrm.pipeline.duplicate.DuplicateCandidate;
import io.salescrm.pipeline.duplicate.DuplicateFinder;
import io.salescrm.pipeline.duplicate.DuplicateFoundException;
import io.salescrm.pipeline.duplicate.PartyKind;
import io.salescrm.pipeline.funnel.query.PipelineView;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.web.IdempotentCreation;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Variant 4 of the work schemes: an inquiry to a simple-mode pipeline (one without leads) creates its contact, its
 * company (if given) and the deal in one step and one transaction. Existing records may be named instead; new ones
 * are checked for likely duplicates (409 with candidates unless force=true). Rights: CONTACT/COMPANY/DEAL ADD for
 * what is created, READ on existing records named, CONTACT WRITE on an existing contact newly linked to a company.
 */
@RestController
@Validated
public class InquiryController {

    /** What an Idempotency-Key is bound to: the caller, the pipeline and his request. */
    record CreationFingerprint(String caller, String pipelineId, InquiryRequest request, boolean force) {
    }

    private final PartyRecords parties;
    private final ConversionAccess access;
    private final ConversionSteps steps;
    private final DuplicateFinder duplicates;
    private final ExchangeRates exchangeRates;
    private final IdempotentCreation idempotentCreation;

    public InquiryController(PartyRecords parties, ConversionAccess access, ConversionSteps steps,
                             DuplicateFinder duplicates, ExchangeRates exchangeRates,
                             IdempotentCreation idempotentCreation) {
        this.parties = parties;
        this.access = access;
        this.steps = steps;
        this.duplicates = duplicates;
        this.exchangeRates = exchangeRates;
        this.idempotentCreation = idempotentCreation;
    }

    @PostMapping("/pipelines/{id}/inquiries")
    @Operation(summary = "Register an inquiry in a simple-mode pipeline: contact, company and deal in one step (work scheme 4)",
            description = "422 not-simple-mode for a pipeline that works with leads. person (or an existing contactId) "
                    + "is required, company (or an existing companyId) optional. 409 with candidates when the new "
                    + "contact or company looks like an existing one, unless force=true. Send an Idempotency-Key header "
                    + "to make retries safe.")
    public ResponseEntity<ConversionResult> register(
            @PathVariable @Size(max = 64) String id,
            @RequestHeader(name = IdempotentCreation.HEADER, required = false) String idempotencyKey,
            @RequestParam(defaultValue = "false") boolean force,
            @Valid @RequestBody InquiryRequest request) {
        PipelineView pipeline = steps.pipeline(id)
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "No pipeline with id " + id + "."));
        TargetStage stage = steps.inquiryStage(pipeline, request.stageId(), "stageId");
        String caller = access.caller();
        String responsibleId = request.responsibleId() != null ? request.responsibleId() : caller;
        boolean open = Boolean.TRUE.equals(request.open());
        access.requireActive(responsibleId);
        access.requireDealAdd(stage, responsibleId, open);
        Party existingContact = request.contactId() == null ? null
                : access.readable(EntityType.CONTACT, "contactId", request.contactId(), parties.contact(request.contactId()));
        String existingCompanyId = request.companyId() == null ? null
                : access.readable(EntityType.COMPANY, "companyId", request.companyId(), parties.company(request.companyId())).id();
        if (existingContact == null) {
            requirePerson(request.person());
            access.requireAdd(EntityType.CONTACT, responsibleId, open);
        }
        if (existingCompanyId == null && request.company() != null) {
            access.requireAdd(EntityType.COMPANY, responsibleId, open);
        }
        String currency = request.currency() != null ? request.currency() : exchangeRates.base();
        BigDecimal rate = exchangeRates.rateToBase(currency, "currency");

        var outcome = idempotentCreation.create("inquiries", idempotencyKey, new CreationFingerprint(caller, id, request, force),
                conversionId -> steps.atomically(commands(request, new ConversionIds(conversionId), existingContact,
                        existingCompanyId, stage, responsibleId, open, currency, rate, force)));
        ConversionIds ids = new ConversionIds(outcome.id());
        String contactId = existingContact != null ? existingContact.id() : ids.contactId();
        String companyId = existingCompanyId != null ? existingCompanyId : request.company() != null ? ids.companyId() : null;
        var location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/deals/{id}").buildAndExpand(ids.dealId()).toUri();
        return ResponseEntity.created(location)
                .header("Idempotent-Replayed", Boolean.toString(outcome.replayed()))
                .body(new ConversionResult(null, ids.dealId(), contactId, companyId));
    }

    private List<Object> commands(InquiryRequest request, ConversionIds ids, Party existingContact, String existingCompanyId,
                                  TargetStage stage, String responsibleId, boolean open, String currency, BigDecimal rate,
                                  boolean force) {
        List<DuplicateCandidate> candidates = new ArrayList<>();
        List<Object> commands = new ArrayList<>();
        String companyId = existingCompanyId;
        if (companyId == null && request.company() != null) {
            companyId = ids.companyId();
            CompanyDetails company = company(request.company());
            candidates.addAll(duplicates.find(CompanyView.keysOf(company), null, List.of(PartyKind.COMPANY)));
            commands.add(new CreateCompanyCommand(companyId, company, responsibleId, open, null));
        }
        String contactId;
        if (existingContact != null) {
            contactId = existingContact.id();
            if (companyId != null && !existingContact.companyIds().contains(companyId)) {
                access.requireWritable(EntityType.CONTACT, contactId, existingContact.responsibleId(), existingContact.open());
                commands.add(new LinkContactToCompanyCommand(contactId, companyId));
            }
        } else {
            contactId = ids.contactId();
            ContactDetails contact = contact(request.person(), request);
            candidates.addAll(duplicates.find(ContactView.keysOf(contact), null, List.of(PartyKind.CONTACT)));
            commands.add(new CreateContactCommand(contactId, contact, responsibleId, open, null,
                    companyId == null ? List.of() : List.of(companyId)));
        }
        if (!force && !candidates.isEmpty()) {
            throw new DuplicateFoundException(candidates);
        }
        BigDecimal amount = request.amount() != null ? request.amount() : BigDecimal.ZERO.setScale(2);
        commands.add(new CreateDealCommand(ids.dealId(), request.title(), amount, currency, exchangeRates.base(), rate,
                responsibleId, open, stage, List.of(), companyId, List.of(contactId), null, null, null, null,
                request.source(), request.comments(), Map.of()));
        return commands;
    }

    private static void requirePerson(InquiryRequest.Person person) {
        if (person == null) {
            throw new InvalidFieldException("person", "must be given unless an existing contactId is named");
        }
        if (blank(person.firstName()) && blank(person.lastName())) {
            throw new InvalidFieldException("person.lastName", "a first or a last name is required");
        }
    }

    private static ContactDetails contact(InquiryRequest.Person person, InquiryRequest request) {
        return new ContactDetails(new PersonName(person.firstName(), person.lastName(), person.middleName()),
                person.position(), person.phoneList(), person.emailList(), List.of(), null, null, request.source(), null, Map.of());
    }

    private static CompanyDetails company(InquiryRequest.Company company) {
        return new CompanyDetails(company.name().strip(), null, company.taxId(), null, null, null, null, company.website(),
                company.phoneList(), company.emailList(), null, null, null, Map.of());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
