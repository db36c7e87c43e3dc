package io.salescrm.pipeline.leadimport.job;

import io.salescrm.org.api.role.Action;
import io.salescrm.org.api.role.EntityType;
import io.salescrm.pipeline.api.lead.ChangeLeadDetailsCommand;
import io.salescrm.pipeline.api.lead.CreateLeadCommand;
import io.salescrm.pipeline.api.lead.LeadDetails;
import io.salescrm.pipeline.api.lead.RemoveLeadCommand;
import io.salescrm.platform.currency.ExchangeRates;
import io.salescrm.platform.access.AccessPolicy;
import io.salescrm.platform.access.AccessScope;
import io.salescrm.platform.access.ActorPropagation;
import io.salescrm.platform.access.model.AccessModel;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.rules.RuleViolationException;
import jakarta.annotation.PreDestroy;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs imports and their undoing in the background, one at a time, at most {@link #MAX_QUEUED} waiting. An import
 * streams its file from disk record by record (memory stays flat whatever the file's size) and sends one command
 * per row, as the employee who started it; what each row changes is recorded before its command is sent.
 */
@Component
public class LeadImportRunner {

    static final int MAX_QUEUED = 10;
    private static final int PROGRESS_EVERY_ROWS = 250;
    private static final Logger log = LoggerFactory.getLogger(LeadImportRunner.class);

    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(MAX_QUEUED), runnable -> {
        Thread thread = new Thread(runnable, "lead-import");
        thread.setDaemon(true);
        return thread;
    });

    private final LeadImportJobs jobs;
    private final LeadDuplicates duplicates;
    private final LeadCurrentState leads;
    private final CommandGateway commandGateway;
    private final ExchangeRates rates;
    private final AccessPolicy access;
    private final AccessModel accessModel;
    private final LeadImportSettings settings;

    public LeadImportRunner(LeadImportJobs jobs, LeadDuplicates duplicates, LeadCurrentState leads, CommandGateway commandGateway,
                            ExchangeRates rates, AccessPolicy access, AccessModel accessModel, LeadImportSettings settings) {
        this.jobs = jobs;
        this.duplicates = duplicates;
        this.leads = leads;
        this.commandGateway = commandGateway;
        this.rates = rates;
        this.access = access;
        this.accessModel = accessModel;
        this.settings = settings;
    }

    /** The CSV format the options describe; with a header, the first record names the columns. */
    public static CSVFormat format(LeadImportOptions options) {
        CSVFormat.Builder format = CSVFormat.DEFAULT.builder().setDelimiter(options.delimiter())
                .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true);
        if (options.header()) {
            format.setHeader().setSkipHeaderRecord(true);
        }
        return format.get();
    }

    /** The file decoded in the options' encoding, without a leading byte order mark. */
    public static Reader open(Path file, LeadImportOptions options) throws IOException {
        PushbackReader reader = new PushbackReader(new InputStreamReader(Files.newInputStream(file), Charset.forName(options.encoding())), 1);
        int first = reader.read();
        if (first >= 0 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }

    /** The column names of the file's header row (read with the same row-length bound as an import). */
    public List<String> headerNames(Path file, LeadImportOptions options) throws IOException {
        try (RowLengthGuard guard = new RowLengthGuard(open(file, options), settings.maxRowChars());
             CSVParser parser = format(options).parse(guard)) {
            return parser.getHeaderNames();
        }
    }

    public void startImport(String jobId, Path file, LeadImportOptions options, String actorId) {
        submit(() -> runImport(jobId, file, options, actorId), file);
    }

    public void startUndo(String jobId, String actorId) {
        submit(() -> runUndo(jobId, actorId), null);
    }

    private void submit(Runnable work, Path file) {
        try {
            executor.execute(work);
        } catch (RejectedExecutionException full) {
            deleteQuietly(file);
            throw new RuleViolationException("import-queue-full", "Too many imports are waiting; try again later.");
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    private void runImport(String jobId, Path file, LeadImportOptions options, String actorId) {
        if (!jobs.transition(jobId, LeadImportStatus.QUEUED, LeadImportStatus.RUNNING)) {
            deleteQuietly(file);
            return;
        }
        RowCounter counter = new RowCounter();
        LeadImportStatus end = LeadImportStatus.COMPLETED;
        String message = null;
        try (RowLengthGuard guard = new RowLengthGuard(open(file, options), settings.maxRowChars());
             CSVParser parser = format(options).parse(guard)) {
            LeadRowMapper mapper = new LeadRowMapper(options, rates);
            AccessScope importScope = access.scopeFor(actorId, EntityType.LEAD, Action.IMPORT);
            Iterator<CSVRecord> records = parser.iterator();
            long dataRow = 0;
            while (true) {
                guard.nextRow();
                if (!records.hasNext()) {
                    break;
                }
                CSVRecord record = records.next();
                long row = ++dataRow;
                if (isBlank(record)) {
                    continue;
                }
                counter.rowsRead.incrementAndGet();
                importRow(jobId, row, record, mapper, options, importScope, actorId, counter);
                if (row % PROGRESS_EVERY_ROWS == 0) {
                    jobs.progress(jobId, counter.counts());
                }
                if (Thread.currentThread().isInterrupted()) {
                    end = LeadImportStatus.INTERRUPTED;
                    message = "The service stopped while the job ran.";
                    break;
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            end = LeadImportStatus.FAILED;
            message = "Reading stopped after " + counter.rowsRead.get() + " rows: " + rootMessage(e);
        } finally {
            deleteQuietly(file);
            duplicates.forget(jobId);
        }
        jobs.finish(jobId, end, counter.counts(), message);
    }

    private void importRow(String jobId, long row, CSVRecord record, LeadRowMapper mapper, LeadImportOptions options,
                           AccessScope importScope, String actorId, RowCounter counter) {
        try {
            if (rowLength(record) > settings.maxRowChars()) {
                throw new RowRejectedException(null, "the row is longer than " + settings.maxRowChars() + " characters");
            }
            LeadRow lead = mapper.map(record);
            var duplicate = options.duplicatePolicy() == DuplicatePolicy.CREATE ? java.util.Optional.<String>empty()
                    : duplicates.find(jobId, lead.details());
            var existing = duplicate.flatMap(leads::of);
            if (existing.isPresent() && options.duplicatePolicy() == DuplicatePolicy.SKIP) {
                counter.skipped.incrementAndGet();
            } else if (existing.isPresent()) {
                LeadDetails filled = LeadRowMapper.fill(existing.get().details(), lead.details());
                if (filled.equals(existing.get().details())) {
                    counter.skipped.incrementAndGet();
                    return;
                }
                jobs.change(new LeadImportChange(UUID.randomUUID().toString(), jobId, row, duplicate.get(),
                        LeadImportChange.Kind.UPDATED, existing.get().details(), existing.get().open()));
                send(new ChangeLeadDetailsCommand(duplicate.get(), filled, existing.get().open()), actorId);
                counter.updated.incrementAndGet();
            } else {
                String responsible = lead.responsibleId() != null ? lead.responsibleId() : options.defaultResponsibleId();
                requireImportableFor(responsible, importScope, actorId);
                String leadId = UUID.randomUUID().toString();
                jobs.change(new LeadImportChange(UUID.randomUUID().toString(), jobId, row, leadId,
                        LeadImportChange.Kind.CREATED, null, false));
                send(new CreateLeadCommand(leadId, null, lead.details(), responsible, false), actorId);
                duplicates.remember(jobId, leadId, lead.details());
                counter.created.incrementAndGet();
            }
        } catch (RowRejectedException e) {
            failed(jobId, row, e.column(), e.getMessage(), counter);
        } catch (InvalidFieldException e) {
            failed(jobId, row, e.field(), e.getMessage(), counter);
        } catch (RuntimeException e) {
            failed(jobId, row, null, rootMessage(e), counter);
        }
    }

    private void requireImportableFor(String responsible, AccessScope importScope, String actorId) {
        if (responsible == null) {
            if (!importScope.isAll()) {
                throw new RowRejectedException("responsibleId", "leads without a responsible employee need IMPORT at level ALL");
            }
            return;
        }
        if (!importScope.covers(responsible, false)) {
            throw new RowRejectedException("responsibleId", "your roles do not allow importing leads for " + responsible);
        }
        if (!responsible.equals(actorId) && !accessModel.isActiveEmployee(responsible)) {
            throw new RowRejectedException("responsibleId", responsible + " is not an active employee");
        }
    }

    private void failed(String jobId, long row, String column, String message, RowCounter counter) {
        if (counter.failed.incrementAndGet() <= settings.maxStoredErrors()) {
            jobs.error(jobId, row, column, message);
        }
    }

    private void runUndo(String jobId, String actorId) {
        AtomicLong notUndone = new AtomicLong();
        try (var changes = jobs.changesLastFirst(jobId)) {
            changes.forEach(change -> {
                try {
                    if (change.kind() == LeadImportChange.Kind.CREATED) {
                        send(new RemoveLeadCommand(change.leadId(), "Import " + jobId + " undone"), actorId);
                    } else {
                        send(new ChangeLeadDetailsCommand(change.leadId(), change.previousDetails(), change.previousOpen()), actorId);
                    }
                } catch (AggregateNotFoundException gone) {
                    log.debug("lead {} of import {} no longer exists", change.leadId(), jobId);
                } catch (RuntimeException e) {
                    notUndone.incrementAndGet();
                    log.warn("could not undo row {} of import {}: {}", change.row(), jobId, rootMessage(e));
                }
            });
        }
        jobs.undone(jobId, notUndone.get());
    }

    private void send(Object command, String actorId) {
        commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Map.of(ActorPropagation.METADATA_KEY, actorId)));
    }

    /** A row of empty cells only (as spreadsheets export below the data): not counted, not imported. */
    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static long rowLength(CSVRecord record) {
        long length = 0;
        for (String value : record) {
            length += value.length();
        }
        return length;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("could not delete import file {}", file, e);
        }
    }

    private static final class RowCounter {
        final AtomicLong rowsRead = new AtomicLong();
        final AtomicLong created = new AtomicLong();
        final AtomicLong updated = new AtomicLong();
        final AtomicLong skipped = new AtomicLong();
        final AtomicLong failed = new AtomicLong();

        LeadImportJobs.Counts counts() {
            return new LeadImportJobs.Counts(rowsRead.get(), created.get(), updated.get(), skipped.get(), failed.get());
        }
    }
}
