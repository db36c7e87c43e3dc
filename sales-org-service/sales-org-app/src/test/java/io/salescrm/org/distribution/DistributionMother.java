package io.salescrm.org.distribution;

import io.salescrm.org.api.distribution.CreateDistributionRuleCommand;
import io.salescrm.org.api.distribution.DistributionRuleCreatedEvent;
import io.salescrm.org.api.distribution.DistributionStrategy;
import io.salescrm.pipeline.api.lead.LeadCreatedEvent;
import io.salescrm.pipeline.api.lead.LeadDetails;
import io.salescrm.pipeline.api.lead.LeadSource;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test data for lead distribution: a valid rule by default, varied one field at a time. */
public final class DistributionMother {

    public static final String UNIT = "unit-sales-1";
    /** Integration tests snapshot rules this often (events), so decisions are also made from snapshots. */
    public static final String SNAPSHOT_EVERY = "4";
    public static final Instant CREATED_AT = Instant.parse("2026-03-01T10:15:30Z");

    private DistributionMother() {
    }

    public static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static CreateDistributionRuleCommand roundRobinRule(String ruleId) {
        return new CreateDistributionRuleCommand(ruleId, "Website leads", List.of("WEBSITE"), null, UNIT,
                DistributionStrategy.ROUND_ROBIN, null, 10);
    }

    public static CreateDistributionRuleCommand rule(String ruleId, DistributionStrategy strategy, String fallbackEmployeeId) {
        return new CreateDistributionRuleCommand(ruleId, "Any lead", List.of(), null, UNIT, strategy, fallbackEmployeeId, 10);
    }

    public static DistributionRuleCreatedEvent ruleCreated(String ruleId, DistributionStrategy strategy, String fallbackEmployeeId) {
        return new DistributionRuleCreatedEvent(ruleId, "Any lead", List.of(), null, UNIT, strategy, fallbackEmployeeId, 10);
    }

    public static LeadCreatedEvent unassignedLead(String leadId, String pipelineId) {
        return new LeadCreatedEvent(leadId, pipelineId, LeadDetails.titled("Inquiry " + leadId, LeadSource.WEBSITE), null, false, CREATED_AT);
    }

    public static LeadCreatedEvent lead(String leadId, LeadSource source, String pipelineId, String responsibleId) {
        return new LeadCreatedEvent(leadId, pipelineId, LeadDetails.titled("Inquiry " + leadId, source), responsibleId, false, CREATED_AT);
    }

    /** A JSON body for POST/PUT /distribution-rules. */
    public static Map<String, Object> ruleBody(String name, List<String> sources, String pipelineId, String targetUnitId,
                                               String strategy, String fallbackEmployeeId, Object priority) {
        var body = new LinkedHashMap<String, Object>();
        body.put("name", name);
        body.put("sources", sources);
        body.put("pipelineId", pipelineId);
        body.put("targetUnitId", targetUnitId);
        body.put("strategy", strategy);
        body.put("fallbackEmployeeId", fallbackEmployeeId);
        body.put("priority", priority);
        return body;
    }
}
