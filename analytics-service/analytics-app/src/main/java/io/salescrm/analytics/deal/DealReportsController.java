package io.salescrm.analytics.deal;

import io.salescrm.analytics.api.DealFigures;
import io.salescrm.analytics.api.DealFiguresReport;
import io.salescrm.analytics.api.DealSummary;
import io.salescrm.analytics.api.Dimension;
import io.salescrm.analytics.api.RankedFigure;
import io.salescrm.analytics.api.Ranking;
import io.salescrm.analytics.period.Granularity;
import io.salescrm.analytics.period.ReportRange;
import io.salescrm.org.api.role.Action;
import io.salescrm.org.api.role.EntityType;
import io.salescrm.platform.access.AccessPolicy;
import io.salescrm.platform.rules.InvalidFieldException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

@RestController
@Validated
public class DealReportsController {

    private final DealSummaryQuery summary;
    private final DealFiguresQuery figures;
    private final RankingQuery rankings;
    private final AccessPolicy access;

    public DealReportsController(DealSummaryQuery summary, DealFiguresQuery figures, RankingQuery rankings,
                                 AccessPolicy access) {
        this.summary = summary;
        this.figures = figures;
        this.rankings = rankings;
        this.access = access;
    }

    @GetMapping("/deals/summary")
    @Operation(summary = "Number of deals and their total amount in the base currency, over the deals the caller's "
            + "analytics READ rights reach (his own, his departments', all); 403 without any")
    public DealSummary summary() {
        return summary.summary(access.requireScope(EntityType.ANALYTICS, Action.READ));
    }

    @GetMapping("/reports/deals")
    @Operation(summary = "Deals created, still open, won, lost, won volume, average check and conversion per key "
            + "(manager, group, department, pipeline or lead source) and period (UTC; ISO weeks) over [from, to), counting "
            + "only the facts whose responsible employee the caller's analytics READ rights reach")
    public DealFiguresReport deals(
            @RequestParam Dimension by,
            @RequestParam(defaultValue = "MONTH") Granularity granularity,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @Size(max = 100) String pipelineId,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
        ReportRange range = ReportRange.of(from, to);
        List<DealFigures> rows = figures.figures(access.requireScope(EntityType.ANALYTICS, Action.READ), by, granularity,
                range.from(), range.to(), pipelineId);
        List<DealFigures> pageRows = rows.stream().skip((long) page * size).limit(size).toList();
        return new DealFiguresReport(granularity.name(), by, figures.baseCurrency(), page, size, rows.size(), pageRows);
    }

    @GetMapping("/reports/ranking")
    @Operation(summary = "Managers, groups or departments ranked by one deal figure in the period containing 'at', with the "
            + "value in the previous period and the change; only facts the caller's analytics READ rights reach")
    public List<Ranking> ranking(
            @RequestParam Dimension by,
            @RequestParam(defaultValue = "MONTH") Granularity granularity,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
            @RequestParam(defaultValue = "WON_VOLUME") RankedFigure figure,
            @RequestParam(defaultValue = "100") @Min(1) @Max(500) int size) {
        if (by != Dimension.MANAGER && by != Dimension.GROUP && by != Dimension.DEPARTMENT) {
            throw new InvalidFieldException("by",
                    "rankings are of managers (MANAGER), groups (GROUP) or departments (DEPARTMENT)");
        }
        return rankings.ranking(access.requireScope(EntityType.ANALYTICS, Action.READ), by, granularity, at, figure, size);
    }
}
