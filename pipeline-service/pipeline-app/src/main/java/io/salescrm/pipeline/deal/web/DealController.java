package io.salescrm.pipeline.deal.web;

import io.salescrm.pipeline.api.deal.CreateDealCommand;
import io.salescrm.pipeline.currency.ExchangeRates;
import io.salescrm.pipeline.deal.query.DealView;
import io.salescrm.pipeline.deal.query.DealViewRepository;
import io.salescrm.platform.web.IdempotentCreation;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;

import static org.springframework.http.HttpStatus.NOT_FOUND;

@RestController
@RequestMapping("/deals")
public class DealController {

    public record DealCreated(String id) {
    }

    public record DealPage(List<DealView> items, int page, int size, long totalItems) {
    }

    private final CommandGateway commandGateway;
    private final ExchangeRates exchangeRates;
    private final DealViewRepository deals;
    private final IdempotentCreation idempotentCreation;

    public DealController(CommandGateway commandGateway, ExchangeRates exchangeRates, DealViewRepository deals,
                          IdempotentCreation idempotentCreation) {
        this.commandGateway = commandGateway;
        this.exchangeRates = exchangeRates;
        this.deals = deals;
        this.idempotentCreation = idempotentCreation;
    }

    @PostMapping
    @Operation(summary = "Open a deal", description = "Send an Idempotency-Key header to make retries safe: "
            + "a repeated key returns the first result and creates nothing.")
    public ResponseEntity<DealCreated> create(
            @RequestHeader(name = IdempotentCreation.HEADER, required = false) String idempotencyKey,
            @Valid @RequestBody CreateDealRequest request) {
        var rate = exchangeRates.rateToBase(request.currency(), "currency");
        var outcome = idempotentCreation.create("deals", idempotencyKey, request, id ->
                commandGateway.sendAndWait(new CreateDealCommand(id, request.title(), request.amount(),
                        request.currency(), exchangeRates.base(), rate)));
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(outcome.id()).toUri();
        return ResponseEntity.created(location)
                .header("Idempotent-Replayed", Boolean.toString(outcome.replayed()))
                .body(new DealCreated(outcome.id()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One deal as the read model currently shows it")
    public DealView get(@PathVariable String id) {
        return deals.findById(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "No deal with id " + id + "."));
    }

    @GetMapping
    @Operation(summary = "Deals, newest first, one page at a time (at most 100 per page)")
    public DealPage list(@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                         @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Page<DealView> result = deals.findAll(PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt")));
        return new DealPage(result.getContent(), page, size, result.getTotalElements());
    }
}
