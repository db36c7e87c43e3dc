package io.salescrm.analytics.target;

import io.salescrm.analytics.api.PlanVsActual;
import io.salescrm.analytics.period.ReportRange;
import io.salescrm.org.api.role.Action;
import io.salescrm.org.api.role.EntityType;
import io.salescrm.platform.access.AccessPolicy;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

@RestController
@Validated
public class PlanVsActualController {

    private final PlanVsActualQuery query;
    private final AccessPolicy access;

    public PlanVsActualController(PlanVsActualQuery query, AccessPolicy access) {
        this.query = query;
        this.access = access;
    }

    @GetMapping("/reports/plan-vs-actual")
    @Operation(summary = "Each live sales target whose period overlaps [from, to) against the won volume or won count "
            + "of its subject (company, unit with sub-units, employee) in its period, with % done")
    public List<PlanVsActual> planVsActual(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(500) int size) {
        ReportRange.of(from, to);
        return query.planVsActual(access.requireScope(EntityType.ANALYTICS, Action.READ), from, to, page, size);
    }
}
