package io.salescrm.pipeline.timeline.web;

import io.salescrm.org.api.role.Action;
import io.salescrm.org.api.role.EntityType;
import io.salescrm.pipeline.api.activity.SubjectKind;
import io.salescrm.pipeline.timeline.query.TimelineEntry;
import io.salescrm.pipeline.timeline.query.TimelineSubject;
import io.salescrm.platform.access.AccessPolicy;
import io.salescrm.platform.rules.InvalidFieldException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;
import java.util.Locale;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The timeline of a lead, contact, company or deal: every event about it (creation, field changes, stage moves,
 * assignments, conversions, merges, its activities), newest first, one page at a time. Reading it needs READ on
 * the entity type covering the entity's responsible employee (or its open flag), as the timeline last saw them;
 * an entity outside the caller's rights is simply not found.
 */
@RestController
public class TimelineController {

    public record TimelinePage(List<TimelineEntry> items, int page, int size, long totalItems) {
    }

    private final MongoTemplate mongo;
    private final AccessPolicy access;

    public TimelineController(MongoTemplate mongo, AccessPolicy access) {
        this.mongo = mongo;
        this.access = access;
    }

    @GetMapping("/timeline/{kind}/{id}")
    @Operation(summary = "The timeline of an entity of a kind (lead, contact, company or deal), newest first, at most 100 per page")
    public TimelinePage timeline(@PathVariable String kind, @PathVariable String id,
                                 @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                 @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return page(parseKind(kind), id, page, size);
    }

    @GetMapping("/leads/{id}/timeline")
    @Operation(summary = "The lead's timeline, newest first")
    public TimelinePage leadTimeline(@PathVariable String id,
                                     @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                     @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return page(SubjectKind.LEAD, id, page, size);
    }

    @GetMapping("/contacts/{id}/timeline")
    @Operation(summary = "The contact's timeline, newest first")
    public TimelinePage contactTimeline(@PathVariable String id,
                                        @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                        @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return page(SubjectKind.CONTACT, id, page, size);
    }

    @GetMapping("/companies/{id}/timeline")
    @Operation(summary = "The company's timeline, newest first")
    public TimelinePage companyTimeline(@PathVariable String id,
                                        @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                        @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return page(SubjectKind.COMPANY, id, page, size);
    }

    @GetMapping("/deals/{id}/timeline")
    @Operation(summary = "The deal's timeline, newest first")
    public TimelinePage dealTimeline(@PathVariable String id,
                                     @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                     @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return page(SubjectKind.DEAL, id, page, size);
    }

    private TimelinePage page(SubjectKind kind, String id, int page, int size) {
        EntityType entity = EntityType.valueOf(kind.name());
        var scope = access.requireScope(entity, Action.READ);
        TimelineSubject subject = mongo.findById(TimelineSubject.key(kind, id), TimelineSubject.class);
        if (subject == null || !scope.covers(subject.responsibleId(), subject.open())) {
            throw new ResponseStatusException(NOT_FOUND, "No " + kind.name().toLowerCase(Locale.ROOT) + " with id " + id + ".");
        }
        Query ofEntity = new Query(where("entityKind").is(kind).and("entityId").is(id));
        long total = mongo.count(ofEntity, TimelineEntry.class);
        Sort newestFirst = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("position"));
        List<TimelineEntry> items = mongo.find(Query.of(ofEntity).with(PageRequest.of(page, size, newestFirst)), TimelineEntry.class);
        return new TimelinePage(items, page, size, total);
    }

    private static SubjectKind parseKind(String kind) {
        String singular = kind.toUpperCase(Locale.ROOT).replaceFirst("IES$", "Y").replaceFirst("S$", "");
        try {
            return SubjectKind.valueOf(singular);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("kind", "must be one of lead, contact, company, deal");
        }
    }
}
