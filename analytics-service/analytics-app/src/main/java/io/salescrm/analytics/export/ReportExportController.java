package io.salescrm.analytics.export;

import io.salescrm.analytics.api.DealFigures;
import io.salescrm.analytics.api.Dimension;
import io.salescrm.analytics.api.FunnelStage;
import io.salescrm.analytics.api.LeadConversion;
import io.salescrm.analytics.api.PlanVsActual;
import io.salescrm.analytics.api.ReceivableFigures;
import io.salescrm.analytics.api.StageDwell;
import io.salescrm.analytics.deal.DealFiguresQuery;
import io.salescrm.analytics.funnel.FunnelQuery;
import io.salescrm.analytics.lead.LeadConversionQuery;
import io.salescrm.analytics.period.Granularity;
import io.salescrm.analytics.period.ReportRange;
import io.salescrm.analytics.receivable.ReceivablesQuery;
import io.salescrm.analytics.target.PlanVsActualQuery;
import io.salescrm.org.api.role.Action;
import io.salescrm.org.api.role.EntityType;
import io.salescrm.platform.access.AccessPolicy;
import io.salescrm.platform.access.AccessScope;
import io.salescrm.platform.rules.RuleViolationException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Every report as a file, JSON or CSV, under ANALYTICS EXPORT rights (the export scope filters like the READ scope
 * does). An export holds at most {@value #MAX_ROWS} rows; a larger one is refused (422) rather than cut.
 */
@RestController
@Validated
public class ReportExportController {

    static final int MAX_ROWS = 50_000;
    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    public enum Format { JSON, CSV }

    private final DealFiguresQuery deals;
    private final FunnelQuery funnel;
    private final LeadConversionQuery leads;
    private final PlanVsActualQuery targets;
    private final ReceivablesQuery receivables;
    private final AccessPolicy access;

    public ReportExportController(DealFiguresQuery deals, FunnelQuery funnel, LeadConversionQuery leads,
                                  PlanVsActualQuery targets, ReceivablesQuery receivables, AccessPolicy access) {
        this.deals = deals;
        this.funnel = funnel;
        this.leads = leads;
        this.targets = targets;
        this.receivables = receivables;
        this.access = access;
    }

    @GetMapping("/exports/deals")
    @Operation(summary = "The deal figures report (see /reports/deals) as one JSON or CSV file")
    public ResponseEntity<?> deals(@RequestParam Dimension by, @RequestParam(defaultValue = "MONTH") Granularity granularity,
                                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                   @RequestParam(required = false) @Size(max = 100) String pipelineId,
                                   @RequestParam(defaultValue = "CSV") Format format) {
        ReportRange range = ReportRange.of(from, to);
        return file("deals", DealFigures.class, deals.figures(scope(), by, granularity, range.from(), range.to(), pipelineId), format);
    }

    @GetMapping("/exports/funnel")
    @Operation(summary = "The funnel (see /reports/funnel) as one JSON or CSV file")
    public ResponseEntity<?> funnel(@RequestParam @NotBlank @Size(max = 100) String pipelineId,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant at,
                                    @RequestParam(defaultValue = "CSV") Format format) {
        return file("funnel", FunnelStage.class, at == null ? funnel.funnelNow(scope(), pipelineId) : funnel.funnelAt(scope(), pipelineId, at), format);
    }

    @GetMapping("/exports/stage-dwell")
    @Operation(summary = "Stage dwell times (see /reports/stage-dwell) as one JSON or CSV file")
    public ResponseEntity<?> dwell(@RequestParam @NotBlank @Size(max = 100) String pipelineId,
                                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                   @RequestParam(defaultValue = "CSV") Format format) {
        ReportRange range = ReportRange.of(from, to);
        return file("stage-dwell", StageDwell.class, funnel.dwell(scope(), pipelineId, range.from(), range.to()), format);
    }

    @GetMapping("/exports/lead-conversion")
    @Operation(summary = "Lead to deal conversion by source (see /reports/lead-conversion) as one JSON or CSV file")
    public ResponseEntity<?> leadConversion(@RequestParam(defaultValue = "MONTH") Granularity granularity,
                                            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                            @RequestParam(defaultValue = "CSV") Format format) {
        ReportRange range = ReportRange.of(from, to);
        return file("lead-conversion", LeadConversion.class, leads.conversion(scope(), granularity, range.from(), range.to()), format);
    }

    @GetMapping("/exports/plan-vs-actual")
    @Operation(summary = "Plan vs actual (see /reports/plan-vs-actual) as one JSON or CSV file")
    public ResponseEntity<?> planVsActual(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                          @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                          @RequestParam(defaultValue = "CSV") Format format) {
        ReportRange.of(from, to);
        return file("plan-vs-actual", PlanVsActual.class, targets.planVsActual(scope(), from, to, 0, MAX_ROWS + 1), format);
    }

    @GetMapping("/exports/receivables")
    @Operation(summary = "Receivables (see /reports/receivables) as one JSON or CSV file")
    public ResponseEntity<?> receivables(@RequestParam Dimension by,
                                         @RequestParam(defaultValue = "MONTH") Granularity granularity,
                                         @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                         @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                         @RequestParam(defaultValue = "CSV") Format format) {
        ReportRange range = ReportRange.of(from, to);
        return file("receivables", ReceivableFigures.class,
                receivables.receivables(scope(), by, granularity, range.from(), range.to()), format);
    }

    private AccessScope scope() {
        return access.requireScope(EntityType.ANALYTICS, Action.EXPORT);
    }

    private static ResponseEntity<?> file(String name, Class<? extends Record> type, List<? extends Record> rows, Format format) {
        if (rows.size() > MAX_ROWS) {
            throw new RuleViolationException("export-too-large",
                    "The export would hold more than " + MAX_ROWS + " rows; narrow the range or the granularity.");
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "." + format.name().toLowerCase() + "\"");
        return format == Format.CSV
                ? response.contentType(CSV).body(RecordCsv.write(type, rows))
                : response.contentType(MediaType.APPLICATION_JSON).body(rows);
    }
}
