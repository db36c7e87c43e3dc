package io.salescrm.analytics.funnel;

import io.salescrm.analytics.api.FunnelStage;
import io.salescrm.analytics.api.StageDwell;
import io.salescrm.analytics.period.ReportRange;
import io.salescrm.org.api.role.Action;
import io.salescrm.org.api.role.EntityType;
import io.salescrm.platform.access.AccessPolicy;
import io.salescrm.platform.access.AccessScope;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@RestController
@Validated
public class FunnelController {

    private final FunnelQuery query;
    private final AccessPolicy access;

    public FunnelController(FunnelQuery query, AccessPolicy access) {
        this.query = query;
        this.access = access;
    }

    @GetMapping("/reports/funnel")
    @Operation(summary = "Deals per stage of a pipeline (count and amount in the base currency) now, or as of the instant "
            + "'at' with each deal's amount in effect then; only deals whose responsible the caller's analytics READ rights reach")
    public List<FunnelStage> funnel(@RequestParam @NotBlank @Size(max = 100) String pipelineId,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant at) {
        AccessScope scope = access.requireScope(EntityType.ANALYTICS, Action.READ);
        return at == null ? query.funnelNow(scope, pipelineId) : query.funnelAt(scope, pipelineId, at);
    }

    @GetMapping("/reports/stage-dwell")
    @Operation(summary = "Time deals stayed in each stage of a pipeline (average, median, 90th percentile in seconds) "
            + "and steps back (entries into an earlier in-progress stage of the pipeline's current order), over the stays "
            + "that ended in [from, to)")
    public List<StageDwell> dwell(@RequestParam @NotBlank @Size(max = 100) String pipelineId,
                                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        ReportRange range = ReportRange.of(from, to);
        return query.dwell(access.requireScope(EntityType.ANALYTICS, Action.READ), pipelineId, range.from(), range.to());
    }
}
