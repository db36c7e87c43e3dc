package io.salescrm.analytics.deal;

import io.salescrm.analytics.api.DealSummary;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class DealSummaryController {

    private final DealSummaryQuery query;

    public DealSummaryController(DealSummaryQuery query) {
        this.query = query;
    }

    @GetMapping("/deals/summary")
    @Operation(summary = "Number of deals and their total amount in the base currency")
    public DealSummary summary() {
        return query.summary();
    }
}
