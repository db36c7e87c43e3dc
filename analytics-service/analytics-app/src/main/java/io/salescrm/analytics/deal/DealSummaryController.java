package io.salescrm.analytics.deal;

import io.salescrm.analytics.api.DealSummary;
import io.salescrm.org.api.role.Action;
import io.salescrm.org.api.role.EntityType;
import io.salescrm.platform.access.AccessPolicy;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class DealSummaryController {

    private final DealSummaryQuery query;
    private final AccessPolicy access;

    public DealSummaryController(DealSummaryQuery query, AccessPolicy access) {
        this.query = query;
        this.access = access;
    }

    @GetMapping("/deals/summary")
    @Operation(summary = "Number of deals and their total amount in the base currency, over the deals the caller's "
            + "analytics READ rights reach (his own, his departments', all); 403 without any")
    public DealSummary summary() {
        return query.summary(access.requireScope(EntityType.ANALYTICS, Action.READ));
    }
}
