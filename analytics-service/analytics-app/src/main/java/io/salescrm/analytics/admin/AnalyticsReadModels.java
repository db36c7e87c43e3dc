package io.salescrm.analytics.admin;

import io.salescrm.analytics.deal.DealFact;
import io.salescrm.analytics.lead.LeadFact;
import io.salescrm.analytics.org.EmployeeUnitHistory;
import io.salescrm.analytics.org.OrgUnit;
import io.salescrm.analytics.pipeline.PipelineStageOrder;
import io.salescrm.analytics.receivable.InvoiceFact;
import io.salescrm.analytics.target.TargetFact;
import org.springframework.stereotype.Component;

import java.util.List;

/** The collections the analytics processor builds (and a rebuild empties). */
@Component
public class AnalyticsReadModels {

    public List<String> collections() {
        return List.of(DealFact.COLLECTION, LeadFact.COLLECTION, EmployeeUnitHistory.COLLECTION, OrgUnit.COLLECTION,
                TargetFact.COLLECTION, InvoiceFact.COLLECTION, PipelineStageOrder.COLLECTION);
    }
}
