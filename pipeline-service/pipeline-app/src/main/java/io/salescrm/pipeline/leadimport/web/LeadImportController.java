package io.salescrm.pipeline.leadimport.web;

import io.salescrm.org.api.role.Action;
import io.salescrm.org.api.role.EntityType;
import io.salescrm.pipeline.leadimport.job.DuplicatePolicy;
import io.salescrm.pipeline.leadimport.job.LeadField;
import io.salescrm.pipeline.leadimport.job.LeadImportJob;
import io.salescrm.pipeline.leadimport.job.LeadImportJobs;
import io.salescrm.pipeline.leadimport.job.LeadImportOptions;
import io.salescrm.pipeline.leadimport.job.LeadImportRowError;
import io.salescrm.pipeline.leadimport.job.LeadImportRunner;
import io.salescrm.pipeline.leadimport.job.LeadImportSettings;
import io.salescrm.pipeline.leadimport.job.LeadImportStatus;
import io.salescrm.platform.access.AccessDeniedProblem;
import io.salescrm.platform.access.AccessPolicy;
import io.salescrm.platform.access.CurrentEmployee;
import io.salescrm.platform.access.model.AccessModel;
import io.salescrm.platform.rules.ConflictException;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.web.IdempotentCreation;
import io.salescrm.platform.web.RequestSizeLimitFilter.RequestTooLargeException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * CSV lead imports ("client potential"). Starting one needs IMPORT on leads covering the default responsible
 * employee (without one the leads are left to distribution, which needs IMPORT at level ALL); the upload is stored to a temporary file (bounded by
 * {@code crm.lead-import.max-file-bytes}), its header checked against the mapping, and the job runs in the
 * background. A job is visible to whoever may import leads for the employee who started it.
 */
@RestController
@RequestMapping("/lead-imports")
public class LeadImportController {

    public record ImportStarted(String id) {
    }

    public record ErrorPage(List<LeadImportRowError> items, int page, int size, long totalItems) {
    }

    record CreationFingerprint(String caller, LeadImportOptions options, String fileSha256) {
    }

    private static final int MAX_COLUMN_NUMBER = 1000;

    private final LeadImportJobs jobs;
    private final LeadImportRunner runner;
    private final LeadImportSettings settings;
    private final AccessPolicy access;
    private final AccessModel accessModel;
    private final CurrentEmployee currentEmployee;
    private final IdempotentCreation idempotentCreation;

    public LeadImportController(LeadImportJobs jobs, LeadImportRunner runner, LeadImportSettings settings,
                                AccessPolicy access, AccessModel accessModel, CurrentEmployee currentEmployee,
                                IdempotentCreation idempotentCreation) {
        this.jobs = jobs;
        this.runner = runner;
        this.settings = settings;
        this.access = access;
        this.accessModel = accessModel;
        this.currentEmployee = currentEmployee;
        this.idempotentCreation = idempotentCreation;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Start a CSV lead import (multipart: part 'file' with the CSV, part 'options' as JSON)",
            description = "202 with the job id; follow it at /lead-imports/{id}. Needs IMPORT on leads. Files above "
                    + "the configured size are a 413 problem; a mapping naming columns the header lacks is a 400.")
    public ResponseEntity<ImportStarted> start(
            @RequestHeader(name = IdempotentCreation.HEADER, required = false) String idempotencyKey,
            @RequestPart(name = "file", required = false) MultipartFile file,
            @Valid @RequestPart("options") LeadImportRequest request) throws IOException {
        String caller = currentEmployee.id();
        LeadImportOptions options = options(request);
        if (options.defaultResponsibleId() != null) {
            access.require(EntityType.LEAD, Action.IMPORT, options.defaultResponsibleId(), false);
            if (!options.defaultResponsibleId().equals(caller) && !accessModel.isActiveEmployee(options.defaultResponsibleId())) {
                throw new InvalidFieldException("defaultResponsibleId", "is not an active employee");
            }
        } else if (!access.scope(EntityType.LEAD, Action.IMPORT).isAll()) {
            throw new AccessDeniedProblem(EntityType.LEAD, Action.IMPORT, "Importing leads without a responsible "
                    + "employee (to be distributed) needs IMPORT on leads at level ALL; name a defaultResponsibleId.");
        }
        if (file == null || file.isEmpty()) {
            throw new InvalidFieldException("file", "must be a non-empty CSV file");
        }
        if (file.getSize() > settings.maxFileBytes()) {
            throw new RequestTooLargeException(settings.maxFileBytes());
        }
        Path stored = Files.createTempFile("lead-import-", ".csv");
        try {
            String sha256 = store(file, stored);
            requireMappedColumns(stored, options);
            var outcome = idempotentCreation.create("lead-imports", idempotencyKey,
                    new CreationFingerprint(caller, options, sha256), id -> {
                        jobs.queue(id, caller, fileName(file), file.getSize(), options);
                        runner.startImport(id, stored, options, caller);
                    });
            if (outcome.replayed()) {
                Files.deleteIfExists(stored);
            }
            var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(outcome.id()).toUri();
            return ResponseEntity.accepted().location(location)
                    .header("Idempotent-Replayed", Boolean.toString(outcome.replayed()))
                    .body(new ImportStarted(outcome.id()));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(stored);
            throw e;
        }
    }

    @GetMapping("/{id}")
    @Operation(summary = "An import job: status and counts of rows read, created, updated, skipped and failed")
    public LeadImportJob get(@PathVariable String id) {
        return visibleJob(id);
    }

    @GetMapping("/{id}/errors")
    @Operation(summary = "The rows of an import that failed and why, in row order, at most 100 per page")
    public ErrorPage errors(@PathVariable String id,
                            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                            @RequestParam(defaultValue = "50") @Min(1) @Max(100) int size) {
        visibleJob(id);
        return new ErrorPage(jobs.errors(id, page, size), page, size, jobs.errorCount(id));
    }

    @PostMapping("/{id}/undo")
    @Operation(summary = "Undo an import: the leads it created are removed, the leads it updated get their earlier "
            + "details back (202; 409 import-not-undoable while it runs or once undone)")
    public ResponseEntity<ImportStarted> undo(@PathVariable String id) {
        LeadImportJob job = visibleJob(id);
        if (!job.status().mayBeUndone() || !jobs.transition(id, job.status(), LeadImportStatus.UNDOING)) {
            throw new ConflictException("import-not-undoable", "An import can be undone once it has ended, and only once; "
                    + "this one is " + job.status() + ".");
        }
        runner.startUndo(id, currentEmployee.id());
        return ResponseEntity.accepted().body(new ImportStarted(id));
    }

    private LeadImportJob visibleJob(String id) {
        LeadImportJob job = jobs.find(id).orElse(null);
        if (job == null || !access.scope(EntityType.LEAD, Action.IMPORT).covers(job.createdBy(), false)) {
            throw new ResponseStatusException(NOT_FOUND, "No lead import with id " + id + ".");
        }
        return job;
    }

    private static LeadImportOptions options(LeadImportRequest request) {
        boolean header = request.header() == null || request.header();
        for (var column : request.mapping().entrySet()) {
            if (LeadField.of(column.getValue()).isEmpty()) {
                throw new InvalidFieldException("mapping", "'" + column.getValue() + "' (for column '" + column.getKey()
                        + "') is not a lead field");
            }
            if (!header && !isColumnNumber(column.getKey())) {
                throw new InvalidFieldException("mapping", "without a header row columns are numbers from 1 to "
                        + MAX_COLUMN_NUMBER + ", not '" + column.getKey() + "'");
            }
        }
        String encoding = request.encoding() == null || request.encoding().equalsIgnoreCase("UTF-8") ? "UTF-8" : "windows-1251";
        char delimiter = request.delimiter() == null ? ',' : request.delimiter().charAt(0);
        DuplicatePolicy policy = request.duplicatePolicy() == null ? DuplicatePolicy.SKIP : request.duplicatePolicy();
        return new LeadImportOptions(encoding, delimiter, header, Map.copyOf(request.mapping()), policy,
                request.defaultSource(), request.defaultResponsibleId());
    }

    private static boolean isColumnNumber(String column) {
        try {
            int number = Integer.parseInt(column);
            return number >= 1 && number <= MAX_COLUMN_NUMBER;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Copies the upload to {@code target}, at most the configured size, and returns its SHA-256. */
    private String store(MultipartFile file, Path target) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(file.getInputStream(), digest);
             OutputStream out = Files.newOutputStream(target)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > settings.maxFileBytes()) {
                    throw new RequestTooLargeException(settings.maxFileBytes());
                }
                out.write(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** With a header row, every mapped column must be in it. */
    private void requireMappedColumns(Path file, LeadImportOptions options) throws IOException {
        if (!options.header()) {
            return;
        }
        List<String> headerNames;
        try {
            headerNames = runner.headerNames(file, options);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidFieldException("file", "has no readable header row: " + e.getMessage());
        }
        List<String> missing = new ArrayList<>();
        for (String column : options.mapping().keySet()) {
            if (!headerNames.contains(column)) {
                missing.add(column);
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidFieldException("mapping", "the header row has no column " + String.join(", ", missing)
                    + " (it has " + String.join(", ", headerNames.stream().limit(30).toList()) + ")");
        }
    }

    private static String fileName(MultipartFile file) {
        String name = file.getOriginalFilename();
        if (name == null) {
            return null;
        }
        String plain = name.replaceAll("\\p{Cntrl}", "");
        return plain.length() > 200 ? plain.substring(0, 200) : plain;
    }
}
