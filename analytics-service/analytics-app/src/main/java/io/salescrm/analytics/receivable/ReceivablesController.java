package io.salescrm.analytics.receivable;

import io.salescrm.analytics.api.Dimension;
import io.salescrm.analytics.api.ReceivableFigures;
import io.salescrm.analytics.api.ReceivablesReport;
import io.salescrm.analytics.period.Granularity;
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
public class ReceivablesController {

    private final ReceivablesQuery receivables;
    private final AccessPolicy access;

    public ReceivablesController(ReceivablesQuery receivables, AccessPolicy access) {
        this.receivables = receivables;
        this.access = access;
    }

    @GetMapping("/reports/receivables")
    @Operation(summary = "Invoiced, paid, outstanding and overdue amounts in the base currency per manager or group (at "
            + "issue time) or the group's department (in the org tree now) and period of the issue date (UTC; ISO weeks) "
            + "over [from, to), counting only the invoices whose responsible employee the caller's analytics READ rights "
            + "reach")
    public ReceivablesReport receivables(
            @RequestParam Dimension by,
            @RequestParam(defaultValue = "MONTH") Granularity granularity,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
        ReportRange range = ReportRange.of(from, to);
        List<ReceivableFigures> rows = receivables.receivables(access.requireScope(EntityType.ANALYTICS, Action.READ),
                by, granularity, range.from(), range.to());
        List<ReceivableFigures> pageRows = rows.stream().skip((long) page * size).limit(size).toList();
        return new ReceivablesReport(granularity.name(), by, receivables.baseCurrency(), page, size, rows.size(), pageRows);
    }
}
