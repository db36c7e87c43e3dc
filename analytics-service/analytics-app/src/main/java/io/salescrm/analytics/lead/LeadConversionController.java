package io.salescrm.analytics.lead;

import io.salescrm.analytics.api.LeadConversion;
import io.salescrm.analytics.period.Granularity;
import io.salescrm.analytics.period.ReportRange;
import io.salescrm.org.api.role.Action;
import io.salescrm.org.api.role.EntityType;
import io.salescrm.platform.access.AccessPolicy;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

@RestController
public class LeadConversionController {

    private final LeadConversionQuery query;
    private final AccessPolicy access;

    public LeadConversionController(LeadConversionQuery query, AccessPolicy access) {
        this.query = query;
        this.access = access;
    }

    @GetMapping("/reports/lead-conversion")
    @Operation(summary = "Leads created per source and period over [from, to) and how many were converted into a deal, "
            + "leaving out leads merged into another or removed, over the leads whose responsible employee now the "
            + "caller's analytics READ rights reach; rows are bounded by the sources times the periods of the range")
    public List<LeadConversion> conversion(@RequestParam(defaultValue = "MONTH") Granularity granularity,
                                           @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                           @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        ReportRange range = ReportRange.of(from, to);
        return query.conversion(access.requireScope(EntityType.ANALYTICS, Action.READ), granularity, range.from(), range.to());
    }
}
