package io.salescrm.pipeline.conversion.web;

import io.salescrm.org.api.role.EntityType;
import io.salescrm.pipeline.api.deal.CreateDealCommand;
import io.salescrm.pipeline.api.deal.TargetStage;
import io.salescrm.pipeline.api.pipeline.DefaultPipeline;
import io.salescrm.pipeline.conversion.ConversionAccess;
import io.salescrm.pipeline.conversion.ConversionSteps;
import io.salescrm.pipeline.conversion.PartyRecords;
import io.salescrm.pipeline.conversion.PartyRecords.Party;
import io.salescrm.platform.currency.ExchangeRates;
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
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Variant 3 of the work schemes: a deal created from an existing company, or from an existing contact (whose first
 * company becomes the deal's company). Rights: READ on the company or contact (404 otherwise), DEAL ADD covering
 * the responsible employee in the target stage.
 */
@RestController
@Validated
public class DealFromPartyController {

    /** What an Idempotency-Key is bound to: the caller, where the deal comes from and his request. */
    record CreationFingerprint(String caller, EntityType from, String fromId, DealFromPartyRequest request) {
    }

    private final PartyRecords parties;
    private final ConversionAccess access;
    private final ConversionSteps steps;
    private final ExchangeRates exchangeRates;
    private final IdempotentCreation idempotentCreation;

    public DealFromPartyController(PartyRecords parties, ConversionAccess access, ConversionSteps steps,
                                   ExchangeRates exchangeRates, IdempotentCreation idempotentCreation) {
        this.parties = parties;
        this.access = access;
        this.steps = steps;
        this.exchangeRates = exchangeRates;
        this.idempotentCreation = idempotentCreation;
    }

    @PostMapping("/deals/from-company/{companyId}")
    @Operation(summary = "Open a deal for an existing company (work scheme 3)", description = "The responsible "
            + "defaults to the company's when the caller may add deals for him, else to the caller. Send an "
            + "Idempotency-Key header to make retries safe.")
    public ResponseEntity<ConversionResult> fromCompany(
            @PathVariable @Size(max = 64) String companyId,
            @RequestHeader(name = IdempotentCreation.HEADER, required = false) String idempotencyKey,
            @Valid @RequestBody DealFromPartyRequest request) {
        Party company = access.readable(EntityType.COMPANY, companyId, parties.company(companyId));
        return create(EntityType.COMPANY, company, company.id(), null, idempotencyKey, request);
    }

    @PostMapping("/deals/from-contact/{contactId}")
    @Operation(summary = "Open a deal for an existing contact (work scheme 3)", description = "The contact's first "
            + "company becomes the deal's company. The responsible defaults to the contact's when the caller may add "
            + "deals for him, else to the caller. Send an Idempotency-Key header to make retries safe.")
    public ResponseEntity<ConversionResult> fromContact(
            @PathVariable @Size(max = 64) String contactId,
            @RequestHeader(name = IdempotentCreation.HEADER, required = false) String idempotencyKey,
            @Valid @RequestBody DealFromPartyRequest request) {
        Party contact = access.readable(EntityType.CONTACT, contactId, parties.contact(contactId));
        String companyId = contact.companyIds().isEmpty() ? null : contact.companyIds().get(0);
        return create(EntityType.CONTACT, contact, companyId, contact.id(), idempotencyKey, request);
    }

    private ResponseEntity<ConversionResult> create(EntityType from, Party party, String companyId, String contactId,
                                                    String idempotencyKey, DealFromPartyRequest request) {
        String caller = access.caller();
        boolean open = Boolean.TRUE.equals(request.open());
        TargetStage stage = steps.stage(request.pipelineId() != null ? request.pipelineId() : DefaultPipeline.ID, request.stageId());
        String responsibleId = request.responsibleId() != null ? request.responsibleId()
                : party.responsibleId() != null && access.mayAddDeal(stage, party.responsibleId(), open) ? party.responsibleId()
                : caller;
        access.requireDealAdd(stage, responsibleId, open);
        access.requireActive(responsibleId);
        String currency = request.currency() != null ? request.currency() : exchangeRates.base();
        BigDecimal rate = exchangeRates.rateToBase(currency, "currency");
        BigDecimal amount = request.amount() != null ? request.amount() : BigDecimal.ZERO.setScale(2);
        List<String> contactIds = contactId == null ? List.of() : List.of(contactId);
        var outcome = idempotentCreation.create("deals-from-parties", idempotencyKey,
                new CreationFingerprint(caller, from, party.id(), request), dealId -> steps.atomically(List.of(
                        new CreateDealCommand(dealId, request.title(), amount, currency, exchangeRates.base(), rate,
                                responsibleId, open, stage, List.of(), companyId, contactIds, null, null, null, null,
                                null, request.comments(), Map.of()))));
        var location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/deals/{id}").buildAndExpand(outcome.id()).toUri();
        return ResponseEntity.created(location)
                .header("Idempotent-Replayed", Boolean.toString(outcome.replayed()))
                .body(new ConversionResult(null, outcome.id(), contactId, companyId));
    }
}
