package io.salescrm.org.target.web;

import io.salescrm.org.api.target.CancelTargetCommand;
import io.salescrm.org.api.target.FinaliseTargetSplitCommand;
import io.salescrm.org.api.target.ReviseTargetCommand;
import io.salescrm.org.api.target.SetTargetCommand;
import io.salescrm.org.api.target.SplitPartSpec;
import io.salescrm.org.api.target.SplitTargetCommand;
import io.salescrm.org.api.target.TargetSplitPart;
import io.salescrm.org.api.target.TargetSubjectType;
import io.salescrm.org.api.target.WithdrawTargetSplitCommand;
import io.salescrm.org.target.command.SplitOutcome;
import io.salescrm.org.target.query.PeriodCodes;
import io.salescrm.org.target.query.TargetRevisionView;
import io.salescrm.org.target.query.TargetView;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.web.IdempotentCreation;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Sales targets (plans) and their split: set, revise, cancel, split across units or employees (draft or final),
 * finalise or withdraw a split, and list targets and the revisions of one. Changes answer the new revision, also
 * as {@code ETag}; send it back as {@code If-Match} to refuse a change on a stale revision (412).
 */
@RestController
@RequestMapping("/targets")
public class TargetController {

    public record TargetCreated(String id) {
    }

    public record TargetChanged(String id, int revision) {
    }

    public record SplitChild(String targetId, String subjectType, String subjectId, BigDecimal amount, String currency,
                             Long count) {
    }

    public record SplitResult(String id, int revision, int splitRevision, String status, List<SplitChild> children,
                              List<String> releasedTargetIds) {
    }

    public record TargetPage(List<TargetView> items, int page, int size, long totalItems) {
    }

    public record RevisionPage(List<TargetRevisionView> items, int page, int size, long totalItems) {
    }

    private static final java.util.regex.Pattern TARGET_ID =
            java.util.regex.Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final java.util.regex.Pattern REVISION_TAG = java.util.regex.Pattern.compile("(?:W/)?\"?(\\d{1,9})\"?");

    private final CommandGateway commandGateway;
    private final MongoTemplate mongo;
    private final IdempotentCreation idempotentCreation;
    private final TargetSubjects subjects;

    public TargetController(CommandGateway commandGateway, MongoTemplate mongo, IdempotentCreation idempotentCreation,
                            TargetSubjects subjects) {
        this.commandGateway = commandGateway;
        this.mongo = mongo;
        this.idempotentCreation = idempotentCreation;
        this.subjects = subjects;
    }

    @PostMapping
    @Operation(summary = "Set a target", description = "A plan for a period (MONTH, QUARTER, HALF_YEAR, YEAR from its "
            + "first day) of the COMPANY, a UNIT or an EMPLOYEE, as AMOUNT (amount + currency) or WON_COUNT (count), "
            + "given directly or as growthPercent over a baseline figure. Send an Idempotency-Key header to make "
            + "retries safe.")
    public ResponseEntity<TargetCreated> create(
            @RequestHeader(name = IdempotentCreation.HEADER, required = false) String idempotencyKey,
            @Valid @RequestBody CreateTargetRequest request) {
        subjects.requireExists(request.subjectType(), request.subjectId());
        var outcome = idempotentCreation.create("targets", idempotencyKey, request, id ->
                commandGateway.sendAndWait(new SetTargetCommand(id, request.periodType(), request.periodStart(),
                        request.subjectType(), request.subjectId(), request.measure(), request.amount(),
                        request.currency(), request.count(), request.growthPercent(), request.baselinePeriodStart(),
                        request.baselineAmount(), request.baselineCount(), request.note())));
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(outcome.id()).toUri();
        return ResponseEntity.created(location)
                .header("Idempotent-Replayed", Boolean.toString(outcome.replayed()))
                .body(new TargetCreated(outcome.id()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One target as the read model currently shows it, with its latest split")
    public ResponseEntity<TargetView> get(@PathVariable String id) {
        TargetView view = find(id);
        return ResponseEntity.ok().eTag(Integer.toString(view.revision())).body(view);
    }

    @GetMapping
    @Operation(summary = "Targets, latest period first, one page at a time (at most 100 per page)",
            description = "Filters: period (2026, 2026-H1, 2026-Q2, 2026-04), subjectType, subjectId, parentTargetId, "
                    + "status (ACTIVE, CANCELLED).")
    public TargetPage list(@RequestParam(required = false) @Size(max = 16) String period,
                           @RequestParam(required = false) TargetSubjectType subjectType,
                           @RequestParam(required = false) @Size(max = 64) String subjectId,
                           @RequestParam(required = false) @Size(max = 64) String parentTargetId,
                           @RequestParam(required = false) @Pattern(regexp = "ACTIVE|CANCELLED") String status,
                           @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                           @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        List<Criteria> filters = new ArrayList<>();
        if (period != null) {
            var parsed = PeriodCodes.parse(period)
                    .orElseThrow(() -> new InvalidFieldException("period", "must be a period such as 2026, 2026-H1, 2026-Q2 or 2026-04"));
            filters.add(Criteria.where("periodCode").is(PeriodCodes.code(parsed)));
        }
        if (subjectType != null) {
            filters.add(Criteria.where("subjectType").is(subjectType.name()));
        }
        if (subjectId != null) {
            filters.add(Criteria.where("subjectId").is(subjectId));
        }
        if (parentTargetId != null) {
            filters.add(Criteria.where("parentTargetId").is(parentTargetId));
        }
        if (status != null) {
            filters.add(Criteria.where("status").is(status));
        }
        Query query = filters.isEmpty() ? new Query() : new Query(new Criteria().andOperator(filters));
        long total = mongo.count(query, TargetView.class);
        query.with(Sort.by(Sort.Order.desc("periodStart"), Sort.Order.asc("subjectType"), Sort.Order.asc("subjectId"),
                Sort.Order.asc("_id"))).skip((long) page * size).limit(size);
        return new TargetPage(mongo.find(query, TargetView.class), page, size, total);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Revise a target's value (kept as a new revision)", description = "Refused (422) for a target "
            + "with a final split (re-split it as a draft first) and for a part of another target's split.")
    public ResponseEntity<TargetChanged> revise(@PathVariable String id,
                                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                @Valid @RequestBody ReviseTargetRequest request) {
        requireTargetId(id);
        Integer revision = commandGateway.sendAndWait(new ReviseTargetCommand(id, request.amount(), request.currency(),
                request.count(), request.growthPercent(), request.baselinePeriodStart(), request.baselineAmount(),
                request.baselineCount(), request.note(), expectedRevision(ifMatch)));
        return ResponseEntity.ok().eTag(Integer.toString(revision)).body(new TargetChanged(id, revision));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Cancel a target", description = "Refused (422) while it has a final split or is a part of "
            + "another target's split. Cancelling a cancelled target changes nothing.")
    public ResponseEntity<Void> cancel(@PathVariable String id,
                                       @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                       @RequestParam(required = false) @Size(max = 500) String note) {
        requireTargetId(id);
        commandGateway.sendAndWait(new CancelTargetCommand(id, note, expectedRevision(ifMatch)));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/split")
    @Operation(summary = "Split a target across units or employees (a new split revision)", description = "The "
            + "children must add up to the target exactly (400 with both sums and the difference otherwise), unless "
            + "draft is true. A final split makes every child a target of its own with parentTargetId.")
    public ResponseEntity<SplitResult> split(@PathVariable String id,
                                             @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                             @Valid @RequestBody SplitTargetRequest request) {
        requireTargetId(id);
        request.children().forEach(child -> subjects.requireExists(child.subjectType(), child.subjectId()));
        List<SplitPartSpec> parts = request.children().stream()
                .map(child -> new SplitPartSpec(child.subjectType(), child.subjectId(), child.amount(), child.currency(), child.count()))
                .toList();
        SplitOutcome outcome = commandGateway.sendAndWait(new SplitTargetCommand(id, parts, request.isDraft(),
                request.note(), expectedRevision(ifMatch)));
        return result(outcome);
    }

    @PostMapping("/{id}/split/finalise")
    @Operation(summary = "Finalise the draft split", description = "Checks the sum again (400 if it does not add up).")
    public ResponseEntity<SplitResult> finalise(@PathVariable String id,
                                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        requireTargetId(id);
        SplitOutcome outcome = commandGateway.sendAndWait(new FinaliseTargetSplitCommand(id, expectedRevision(ifMatch)));
        return result(outcome);
    }

    @DeleteMapping("/{id}/split")
    @Operation(summary = "Withdraw the split", description = "A new split revision without children; the child "
            + "targets of the final split are cancelled.")
    public ResponseEntity<SplitResult> withdraw(@PathVariable String id,
                                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                @RequestParam(required = false) @Size(max = 500) String note) {
        requireTargetId(id);
        SplitOutcome outcome = commandGateway.sendAndWait(new WithdrawTargetSplitCommand(id, note, expectedRevision(ifMatch)));
        return result(outcome);
    }

    @GetMapping("/{id}/revisions")
    @Operation(summary = "Every revision of a target, oldest first, one page at a time (at most 100 per page)")
    public RevisionPage revisions(@PathVariable String id,
                                  @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                  @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        find(id);
        Query query = new Query(Criteria.where("targetId").is(id));
        long total = mongo.count(query, TargetRevisionView.class);
        query.with(Sort.by(Sort.Order.asc("revision"))).skip((long) page * size).limit(size);
        return new RevisionPage(mongo.find(query, TargetRevisionView.class), page, size, total);
    }

    private TargetView find(String id) {
        requireTargetId(id);
        TargetView view = mongo.findById(id, TargetView.class);
        if (view == null) {
            throw notFound(id);
        }
        return view;
    }

    /** Target ids are UUIDs made here; anything else names no target (and is never looked up in the event store). */
    private static void requireTargetId(String id) {
        if (id == null || !TARGET_ID.matcher(id).matches()) {
            throw notFound(id);
        }
    }

    private static ResponseStatusException notFound(String id) {
        String shown = id == null ? "" : id.length() > 64 ? id.substring(0, 64) + "..." : id;
        return new ResponseStatusException(NOT_FOUND, "No target with id " + shown + ".");
    }

    private static Integer expectedRevision(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        var matcher = REVISION_TAG.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            throw new InvalidFieldException(HttpHeaders.IF_MATCH, "must be the target's revision as its ETag, e.g. \"3\"");
        }
        return Integer.valueOf(matcher.group(1));
    }

    private static ResponseEntity<SplitResult> result(SplitOutcome outcome) {
        List<SplitChild> children = outcome.parts().stream().map(TargetController::child).toList();
        return ResponseEntity.ok().eTag(Integer.toString(outcome.revision()))
                .body(new SplitResult(outcome.targetId(), outcome.revision(), outcome.splitRevision(), outcome.status(),
                        children, outcome.releasedTargetIds()));
    }

    private static SplitChild child(TargetSplitPart part) {
        return new SplitChild(part.childTargetId(), part.subject().type().name(), part.subject().id(),
                part.value().amount(), part.value().currency(), part.value().count());
    }
}
