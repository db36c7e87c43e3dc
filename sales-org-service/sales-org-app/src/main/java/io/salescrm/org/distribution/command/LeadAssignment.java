package io.salescrm.org.distribution.command;

import io.salescrm.org.api.distribution.LeadAssignmentDecidedEvent;
import io.salescrm.org.api.distribution.LeadAssignmentFailedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The outcome of distributing one lead, identified by the lead's id. It is created by its only event, the
 * decision or the failure, and never changes: the event store accepts one first event per aggregate id, so a
 * second decision for the same lead cannot be stored (a second creation fails with
 * {@code AggregateStreamCreationException}). That makes "at most one decision per lead" a property of the store,
 * not of the caller's care.
 */
@Aggregate
public class LeadAssignment {

    static final int MAX_DETAIL_LENGTH = 500;

    @AggregateIdentifier
    private String leadId;

    protected LeadAssignment() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    public LeadAssignment(DecideLeadAssignmentCommand command) {
        apply(new LeadAssignmentDecidedEvent(command.leadId(), command.employeeId(), command.ruleId(),
                command.strategy(), command.fallback()));
    }

    @CommandHandler
    public LeadAssignment(RecordLeadAssignmentFailureCommand command) {
        String detail = command.detail() == null || command.detail().length() <= MAX_DETAIL_LENGTH
                ? command.detail() : command.detail().substring(0, MAX_DETAIL_LENGTH);
        apply(new LeadAssignmentFailedEvent(command.leadId(), command.ruleId(), command.reason(), detail));
    }

    @EventSourcingHandler
    void on(LeadAssignmentDecidedEvent event) {
        this.leadId = event.leadId();
    }

    @EventSourcingHandler
    void on(LeadAssignmentFailedEvent event) {
        this.leadId = event.leadId();
    }
}
