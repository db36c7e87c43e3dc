package io.salescrm.pipeline.lead.command;

import io.salescrm.org.api.distribution.LeadAssignmentDecidedEvent;
import io.salescrm.org.api.distribution.LeadAssignmentFailedEvent;
import io.salescrm.pipeline.api.lead.AssignLeadByDistributionCommand;
import io.salescrm.pipeline.api.lead.RecordLeadDistributionFailureCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sales-org's distribution outcomes, taken from the org topic ({@code crm.org.events}): a decision assigns the
 * lead, a failure is recorded on it. Both commands are no-ops when repeated or when the lead has been assigned by
 * hand meanwhile, so a redelivered or replayed outcome changes nothing. Outcomes for leads this service does not
 * have (removed, or never created here) are skipped.
 */
@Component
@ProcessingGroup(DistributionOutcomes.GROUP)
public class DistributionOutcomes {

    public static final String GROUP = "lead-distribution";
    private static final Logger log = LoggerFactory.getLogger(DistributionOutcomes.class);

    private final CommandGateway commands;

    public DistributionOutcomes(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(LeadAssignmentDecidedEvent decision) {
        send(decision.leadId(), new AssignLeadByDistributionCommand(decision.leadId(), decision.employeeId(), decision.ruleId()));
    }

    @EventHandler
    void on(LeadAssignmentFailedEvent failure) {
        send(failure.leadId(), new RecordLeadDistributionFailureCommand(failure.leadId(), failure.ruleId(),
                failure.reason() == null ? null : failure.reason().name(), failure.detail()));
    }

    private void send(String leadId, Object command) {
        if (leadId == null || leadId.isBlank()) {
            return;
        }
        try {
            commands.sendAndWait(command);
        } catch (AggregateNotFoundException unknownLead) {
            log.info("Distribution outcome for lead {} skipped: no such lead here", leadId);
        }
    }
}
