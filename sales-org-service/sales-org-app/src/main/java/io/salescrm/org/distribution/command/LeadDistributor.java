package io.salescrm.org.distribution.command;

import io.salescrm.org.api.distribution.LeadAssignmentFailureReason;
import io.salescrm.org.distribution.query.LeadLoad;
import io.salescrm.org.distribution.query.RuleQueries;
import io.salescrm.pipeline.api.lead.LeadCreatedEvent;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Decides who works a lead that was created without a responsible (see the package documentation for why this
 * is safe under redelivery): skip a lead that already has an outcome; ask the matching rules in precedence order
 * for a proposal; record the outcome as the lead's {@link LeadAssignment}; then move the rule's round-robin
 * position from that decision. Runs on the intake's thread, inside the unit of work and database transaction
 * that also moves the intake's Kafka position, so the outcome, the position and the rule's rotation commit
 * together or not at all.
 */
@Component
public class LeadDistributor {

    private static final Logger log = LoggerFactory.getLogger(LeadDistributor.class);

    private final CommandGateway commands;
    private final EventStore eventStore;
    private final RuleQueries rules;
    private final LeadLoad leads;

    public LeadDistributor(CommandGateway commands, EventStore eventStore, RuleQueries rules, LeadLoad leads) {
        this.commands = commands;
        this.eventStore = eventStore;
        this.rules = rules;
        this.leads = leads;
    }

    public void distribute(LeadCreatedEvent lead) {
        String leadId = lead.leadId();
        if (eventStore.lastSequenceNumberFor(leadId).isPresent()) {
            log.info("Lead {} already has a distribution outcome; the repeated lead-created event changes nothing", leadId);
            return;
        }
        for (String ruleId : rules.matching(lead.source(), lead.pipelineId())) {
            AssigneeProposal proposal;
            try {
                proposal = commands.sendAndWait(new ProposeAssigneeCommand(ruleId, leadId));
            } catch (AggregateNotFoundException deletedMeanwhile) {
                continue; // the read model had not yet seen the rule's deletion: the next rule decides
            }
            record(leadId, proposal);
            return;
        }
        String detail = "No distribution rule takes leads of source " + (lead.source() == null ? "(none)" : lead.source())
                + " in pipeline " + (lead.pipelineId() == null ? "(none)" : lead.pipelineId()) + ".";
        commands.sendAndWait(new RecordLeadAssignmentFailureCommand(leadId, null, LeadAssignmentFailureReason.NO_MATCHING_RULE, detail));
        log.info("Lead {} not distributed: {}", leadId, detail);
    }

    private void record(String leadId, AssigneeProposal proposal) {
        if (!proposal.found()) {
            commands.sendAndWait(new RecordLeadAssignmentFailureCommand(leadId, proposal.ruleId(), proposal.failure(), proposal.detail()));
            log.info("Lead {} not distributed by rule {}: {}", leadId, proposal.ruleId(), proposal.detail());
            return;
        }
        commands.sendAndWait(new DecideLeadAssignmentCommand(leadId, proposal.employeeId(), proposal.ruleId(),
                proposal.strategy(), proposal.fallback()));
        if (proposal.advancesRoundRobin()) {
            commands.sendAndWait(new AdvanceRoundRobinCommand(proposal.ruleId(), leadId, proposal.employeeId()));
        }
        // Count the lead for its employee at once, so the next lead's fewest-open-leads choice sees it.
        leads.decided(leadId, proposal.employeeId());
        log.info("Lead {} goes to employee {} (rule {}, {}{})", leadId, proposal.employeeId(), proposal.ruleId(),
                proposal.strategy(), proposal.fallback() ? ", fallback" : "");
    }
}
