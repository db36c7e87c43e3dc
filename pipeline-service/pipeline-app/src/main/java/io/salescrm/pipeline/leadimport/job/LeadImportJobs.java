package io.salescrm.pipeline.leadimport.job;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** The jobs' state in MongoDB, so it outlives the process: jobs, their row errors and what their rows changed. */
@Component
public class LeadImportJobs {

    /** Running counts of a job. */
    public record Counts(long rowsRead, long created, long updated, long skipped, long failed) {
    }

    private final MongoTemplate mongo;

    public LeadImportJobs(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public LeadImportJob queue(String jobId, String createdBy, String fileName, long fileBytes, LeadImportOptions options) {
        return mongo.insert(new LeadImportJob(jobId, LeadImportStatus.QUEUED, createdBy, Instant.now(), null, fileName,
                fileBytes, options, 0, 0, 0, 0, 0, null, null));
    }

    public Optional<LeadImportJob> find(String jobId) {
        return Optional.ofNullable(mongo.findById(jobId, LeadImportJob.class));
    }

    /** Moves the job from {@code from} to {@code to}; false when it was not in {@code from} (someone else moved it). */
    public boolean transition(String jobId, LeadImportStatus from, LeadImportStatus to) {
        return mongo.updateFirst(new Query(where("_id").is(jobId).and("status").is(from)), Update.update("status", to),
                LeadImportJob.class).getModifiedCount() == 1;
    }

    public void progress(String jobId, Counts counts) {
        mongo.updateFirst(byId(jobId), counts(counts), LeadImportJob.class);
    }

    public void finish(String jobId, LeadImportStatus status, Counts counts, String message) {
        mongo.updateFirst(byId(jobId), counts(counts).set("status", status).set("finishedAt", Instant.now())
                .set("message", message), LeadImportJob.class);
    }

    public void undone(String jobId, long notUndone) {
        mongo.updateFirst(byId(jobId), Update.update("status", LeadImportStatus.UNDONE).set("undoneAt", Instant.now())
                .set("message", notUndone == 0 ? null : notUndone + " changes could not be undone."), LeadImportJob.class);
    }

    public void error(String jobId, long row, String column, String message) {
        mongo.insert(new LeadImportRowError(UUID.randomUUID().toString(), jobId, row, column, message));
    }

    public List<LeadImportRowError> errors(String jobId, int page, int size) {
        return mongo.find(new Query(where("jobId").is(jobId))
                .with(PageRequest.of(page, size, Sort.by("row", "_id"))), LeadImportRowError.class);
    }

    public long errorCount(String jobId) {
        return mongo.count(new Query(where("jobId").is(jobId)), LeadImportRowError.class);
    }

    public void change(LeadImportChange change) {
        mongo.insert(change);
    }

    /** The job's changes, last row first (undo restores in that order, so a lead updated twice gets its first state back). */
    public Stream<LeadImportChange> changesLastFirst(String jobId) {
        return mongo.stream(new Query(where("jobId").is(jobId)).with(Sort.by(Sort.Direction.DESC, "row")), LeadImportChange.class);
    }

    /** Jobs that were running when the service stopped cannot resume: they are INTERRUPTED (and can be undone). */
    @EventListener(ApplicationReadyEvent.class)
    public void markInterrupted() {
        mongo.updateMulti(new Query(where("status").in(LeadImportStatus.QUEUED, LeadImportStatus.RUNNING, LeadImportStatus.UNDOING)),
                Update.update("status", LeadImportStatus.INTERRUPTED).set("finishedAt", Instant.now())
                        .set("message", "The service stopped while the job ran."), LeadImportJob.class);
    }

    private static Query byId(String jobId) {
        return new Query(where("_id").is(jobId));
    }

    private static Update counts(Counts counts) {
        return Update.update("rowsRead", counts.rowsRead()).set("created", counts.created()).set("updated", counts.updated())
                .set("skipped", counts.skipped()).set("failed", counts.failed());
    }
}
