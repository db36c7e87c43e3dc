package io.salescrm.pipeline.activity.web;

import io.salescrm.org.api.role.Action;
import io.salescrm.pipeline.activity.query.ActivityView;
import io.salescrm.pipeline.api.activity.ActivityType;
import io.salescrm.pipeline.api.activity.ChangeActivityCommand;
import io.salescrm.pipeline.api.activity.CreateActivityCommand;
import io.salescrm.pipeline.api.activity.DeleteActivityCommand;
import io.salescrm.pipeline.api.activity.MarkActivityDoneCommand;
import io.salescrm.pipeline.api.activity.MarkActivityUndoneCommand;
import io.salescrm.pipeline.api.activity.RescheduleActivityCommand;
import io.salescrm.pipeline.api.activity.SubjectKind;
import io.salescrm.pipeline.history.EventHistory;
import io.salescrm.platform.access.AccessPolicy;
import io.salescrm.platform.access.CurrentEmployee;
import io.salescrm.platform.access.model.AccessModel;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.web.IdempotentCreation;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.salescrm.pipeline.activity.command.AccessPolicyActivityWriteAccess.entityType;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Activities ("touches") on leads, contacts, companies and deals. An activity inherits its rights from its
 * subject's entity type, judged on the activity's own responsible employee: seeing it needs READ on that entity
 * type covering its responsible, adding or changing it WRITE (checked by the aggregate for changes). Activities
 * are never "open" records.
 */
@RestController
@RequestMapping("/activities")
public class ActivityController {

    public record ActivityCreated(String id) {
    }

    public record ActivityPage(List<ActivityView> items, int page, int size, long totalItems) {
    }

    /** The order of a list: newest first, or soonest due first. */
    public enum ActivityOrder { CREATED, DUE }

    record CreationFingerprint(String caller, CreateActivityRequest request) {
    }

    private final CommandGateway commandGateway;
    private final MongoTemplate mongo;
    private final IdempotentCreation idempotentCreation;
    private final AccessPolicy access;
    private final AccessModel accessModel;
    private final CurrentEmployee currentEmployee;
    private final EventHistory history;
    private final Clock clock;

    public ActivityController(CommandGateway commandGateway, MongoTemplate mongo, IdempotentCreation idempotentCreation,
                              AccessPolicy access, AccessModel accessModel, CurrentEmployee currentEmployee,
                              EventHistory history) {
        this.commandGateway = commandGateway;
        this.mongo = mongo;
        this.idempotentCreation = idempotentCreation;
        this.access = access;
        this.accessModel = accessModel;
        this.currentEmployee = currentEmployee;
        this.history = history;
        this.clock = Clock.systemUTC();
    }

    @PostMapping
    @Operation(summary = "Record an activity on a lead, contact, company or deal", description = "Needs WRITE on the "
            + "subject's entity type covering the responsible employee (default: the caller). dueAt is required for "
            + "TASK and MEETING. Send an Idempotency-Key header to make retries safe.")
    public ResponseEntity<ActivityCreated> create(
            @RequestHeader(name = IdempotentCreation.HEADER, required = false) String idempotencyKey,
            @Valid @RequestBody CreateActivityRequest request) {
        String caller = currentEmployee.id();
        String responsibleId = request.responsibleId() != null ? request.responsibleId() : caller;
        access.require(entityType(request.subjectKind()), Action.WRITE, responsibleId, false);
        if (!responsibleId.equals(caller) && !accessModel.isActiveEmployee(responsibleId)) {
            throw new InvalidFieldException("responsibleId", "is not an active employee");
        }
        requireExistingSubject(request.subjectKind(), request.subjectId());
        var outcome = idempotentCreation.create("activities", idempotencyKey, new CreationFingerprint(caller, request), id ->
                commandGateway.sendAndWait(new CreateActivityCommand(id, request.subjectKind(), request.subjectId(),
                        request.type(), request.subject(), request.description(), request.dueAt(),
                        request.durationMinutes(), responsibleId)));
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(outcome.id()).toUri();
        return ResponseEntity.created(location)
                .header("Idempotent-Replayed", Boolean.toString(outcome.replayed()))
                .body(new ActivityCreated(outcome.id()));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change an activity's type, subject, description or responsible employee")
    public ResponseEntity<Void> change(@PathVariable String id, @Valid @RequestBody ChangeActivityRequest request) {
        if (request.responsibleId() != null && !request.responsibleId().equals(currentEmployee.id())
                && !accessModel.isActiveEmployee(request.responsibleId())) {
            throw new InvalidFieldException("responsibleId", "is not an active employee");
        }
        commandGateway.sendAndWait(new ChangeActivityCommand(id, request.type(), request.subject(),
                request.description(), request.responsibleId()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/reschedule")
    @Operation(summary = "Move an open activity to a new due time (422 activity-done when it is done)")
    public ResponseEntity<Void> reschedule(@PathVariable String id, @Valid @RequestBody RescheduleActivityRequest request) {
        commandGateway.sendAndWait(new RescheduleActivityCommand(id, request.dueAt(), request.durationMinutes()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/done")
    @Operation(summary = "Mark an activity done, with an optional result note (again: no effect)")
    public ResponseEntity<Void> done(@PathVariable String id, @Valid @RequestBody(required = false) MarkDoneRequest request) {
        commandGateway.sendAndWait(new MarkActivityDoneCommand(id, request == null ? null : request.result()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/undone")
    @Operation(summary = "Reopen a done activity (not done: no effect)")
    public ResponseEntity<Void> undone(@PathVariable String id) {
        commandGateway.sendAndWait(new MarkActivityUndoneCommand(id));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete an activity (it stays in the history; further calls on it are 404)")
    public ResponseEntity<Void> delete(@PathVariable String id) {
        commandGateway.sendAndWait(new DeleteActivityCommand(id));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One activity (404 also when outside the caller's rights)")
    public ActivityView get(@PathVariable String id) {
        Query visible = new Query(new Criteria().andOperator(where("_id").is(id), readable(null)));
        ActivityView activity = mongo.findOne(visible, ActivityView.class);
        if (activity == null) {
            throw new ResponseStatusException(NOT_FOUND, "No activity with id " + id + ".");
        }
        return activity;
    }

    @GetMapping
    @Operation(summary = "The activities the caller may read, filtered, one page at a time (at most 100 per page)",
            description = "overdue=true: not done and due before now. order=CREATED (newest first, default) or DUE "
                    + "(soonest due first).")
    public ActivityPage list(@RequestParam(required = false) SubjectKind subjectKind,
                             @RequestParam(required = false) @Size(max = 64) String subjectId,
                             @RequestParam(required = false) @Size(max = 64) String responsibleId,
                             @RequestParam(required = false) ActivityType type,
                             @RequestParam(required = false) Boolean done,
                             @RequestParam(required = false) Instant dueFrom,
                             @RequestParam(required = false) Instant dueTo,
                             @RequestParam(defaultValue = "false") boolean overdue,
                             @RequestParam(defaultValue = "CREATED") ActivityOrder order,
                             @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                             @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        List<Criteria> filters = new ArrayList<>();
        filters.add(readable(subjectKind));
        if (subjectId != null) {
            filters.add(where("subjectId").is(subjectId));
        }
        if (responsibleId != null) {
            filters.add(where("responsibleId").is(responsibleId));
        }
        if (type != null) {
            filters.add(where("type").is(type));
        }
        if (done != null) {
            filters.add(where("done").is(done));
        }
        if (dueFrom != null) {
            filters.add(where("dueAt").gte(dueFrom));
        }
        if (dueTo != null) {
            filters.add(where("dueAt").lt(dueTo));
        }
        if (overdue) {
            filters.add(where("done").is(false));
            filters.add(where("dueAt").lt(clock.instant()));
        }
        Criteria criteria = new Criteria().andOperator(filters);
        Sort sort = order == ActivityOrder.DUE
                ? Sort.by(Sort.Order.asc("dueAt"), Sort.Order.asc("_id"))
                : Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("_id"));
        long total = mongo.count(new Query(criteria), ActivityView.class);
        List<ActivityView> items = mongo.find(new Query(criteria).with(PageRequest.of(page, size, sort)), ActivityView.class);
        return new ActivityPage(items, page, size, total);
    }

    /**
     * The activities the caller may read, as a database filter: for each subject kind (or only {@code kind}) those
     * whose responsible is in the caller's READ scope of that entity type; a 403 problem when that reaches nothing.
     */
    private Criteria readable(SubjectKind kind) {
        List<Criteria> perKind = new ArrayList<>();
        for (SubjectKind each : kind == null ? SubjectKind.values() : new SubjectKind[]{kind}) {
            var scope = access.scope(entityType(each), Action.READ);
            if (scope.isAll()) {
                perKind.add(where("subjectKind").is(each));
            } else if (!scope.isNone()) {
                perKind.add(where("subjectKind").is(each).and("responsibleId").in(scope.responsibleIds()));
            }
        }
        if (perKind.isEmpty()) {
            access.requireScope(entityType(kind == null ? SubjectKind.DEAL : kind), Action.READ);
        }
        return perKind.size() == 1 ? perKind.get(0) : new Criteria().orOperator(perKind);
    }

    private void requireExistingSubject(SubjectKind kind, String subjectId) {
        boolean exists = history.aggregateType(subjectId).filter(kind.aggregateType()::equals).isPresent();
        if (!exists) {
            throw new InvalidFieldException("subjectId", "is not a known " + kind.name().toLowerCase());
        }
    }
}
