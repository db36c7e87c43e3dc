package io.salescrm.org.distribution.web;

import io.salescrm.org.api.distribution.ChangeDistributionRuleCommand;
import io.salescrm.org.api.distribution.CreateDistributionRuleCommand;
import io.salescrm.org.api.distribution.DeleteDistributionRuleCommand;
import io.salescrm.org.distribution.query.RuleQueries;
import io.salescrm.org.distribution.query.RuleQueries.RulePage;
import io.salescrm.org.distribution.query.RuleView;
import io.salescrm.platform.rules.RuleViolationException;
import io.salescrm.platform.web.IdempotentCreation;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Lead distribution rules. Changes are commands on the rule aggregates; reads come from the
 * {@code distribution_rules} read model, which follows within moments.
 */
@RestController
@RequestMapping("/distribution-rules")
public class DistributionRuleController {

    /** Live rules in one installation. */
    public static final int MAX_RULES = 1_000;

    public record RuleCreated(String id) {
    }

    private final CommandGateway commandGateway;
    private final RuleQueries rules;
    private final IdempotentCreation idempotentCreation;

    public DistributionRuleController(CommandGateway commandGateway, RuleQueries rules, IdempotentCreation idempotentCreation) {
        this.commandGateway = commandGateway;
        this.rules = rules;
        this.idempotentCreation = idempotentCreation;
    }

    @PostMapping
    @Operation(summary = "Set up a lead distribution rule",
            description = "Leads created without a responsible whose source and pipeline match go to an active "
                    + "employee of the target unit (ROUND_ROBIN or FEWEST_OPEN_LEADS), else to the active fallback "
                    + "employee. The target unit must exist and be open; an unknown unit or employee is a 404. "
                    + "Send an Idempotency-Key header to make retries safe.")
    public ResponseEntity<RuleCreated> create(
            @RequestHeader(name = IdempotentCreation.HEADER, required = false) String idempotencyKey,
            @Valid @RequestBody DistributionRuleRequest request) {
        if (rules.countLive() >= MAX_RULES) {
            throw new RuleViolationException("too-many-rules",
                    "There are already " + MAX_RULES + " distribution rules; change or delete one first.");
        }
        var outcome = idempotentCreation.create("distribution-rules", idempotencyKey, request, id ->
                commandGateway.sendAndWait(new CreateDistributionRuleCommand(id, request.name(), request.sourceNames(),
                        request.pipelineId(), request.targetUnitId(), request.strategy(), request.fallbackEmployeeId(),
                        request.priority())));
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(outcome.id()).toUri();
        return ResponseEntity.created(location)
                .header("Idempotent-Replayed", Boolean.toString(outcome.replayed()))
                .body(new RuleCreated(outcome.id()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One distribution rule as the read model currently shows it")
    public RuleView get(@PathVariable @Size(max = 64) String id) {
        return rules.find(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "No distribution rule with id " + id + "."));
    }

    @GetMapping
    @Operation(summary = "Distribution rules in the order they are tried (priority, then age), one page at a time (at most 100 per page)")
    public RulePage list(@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                         @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return rules.list(page, size);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Redefine a distribution rule as a whole", description = "Keeps the rule's round-robin position.")
    public ResponseEntity<Void> change(@PathVariable @Size(max = 64) String id, @Valid @RequestBody DistributionRuleRequest request) {
        commandGateway.sendAndWait(new ChangeDistributionRuleCommand(id, request.name(), request.sourceNames(),
                request.pipelineId(), request.targetUnitId(), request.strategy(), request.fallbackEmployeeId(),
                request.priority()));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a distribution rule", description = "Decisions it made stand. A deleted rule is a 404 afterwards.")
    public ResponseEntity<Void> delete(@PathVariable @Size(max = 64) String id) {
        commandGateway.sendAndWait(new DeleteDistributionRuleCommand(id));
        return ResponseEntity.noContent().build();
    }
}
