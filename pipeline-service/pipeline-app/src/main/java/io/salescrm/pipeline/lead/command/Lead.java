package io.salescrm.pipeline.lead.command;

import io.salescrm.pipeline.api.lead.AbsorbLeadCommand;
import io.salescrm.pipeline.api.lead.AssignLeadByDistributionCommand;
import io.salescrm.pipeline.api.lead.AssignLeadCommand;
import io.salescrm.pipeline.api.lead.ChangeLeadDetailsCommand;
import io.salescrm.pipeline.api.lead.ChangeLeadStatusCommand;
import io.salescrm.pipeline.api.lead.CreateLeadCommand;
import io.salescrm.pipeline.api.lead.LeadAbsorbedEvent;
import io.salescrm.pipeline.api.lead.LeadAssignedEvent;
import io.salescrm.pipeline.api.lead.LeadClosedEvent;
import io.salescrm.pipeline.api.lead.LeadConvertedEvent;
import io.salescrm.pipeline.api.lead.LeadCreatedEvent;
import io.salescrm.pipeline.api.lead.LeadDetails;
import io.salescrm.pipeline.api.lead.LeadDetailsChangedEvent;
import io.salescrm.pipeline.api.lead.LeadDistributionFailedEvent;
import io.salescrm.pipeline.api.lead.LeadMergedIntoEvent;
import io.salescrm.pipeline.api.lead.LeadOutcome;
import io.salescrm.pipeline.api.lead.LeadRemovedEvent;
import io.salescrm.pipeline.api.lead.LeadStatus;
import io.salescrm.pipeline.api.lead.LeadStatusChangedEvent;
import io.salescrm.pipeline.api.lead.MarkLeadConvertedCommand;
import io.salescrm.pipeline.api.lead.MergeLeadIntoCommand;
import io.salescrm.pipeline.api.lead.RecordLeadDistributionFailureCommand;
import io.salescrm.pipeline.api.lead.RemoveLeadCommand;
import io.salescrm.pipeline.api.lead.ReopenLeadCommand;
import io.salescrm.pipeline.contact.command.PartyFieldRules;
import io.salescrm.pipeline.merge.DetailsAbsorption;
import io.salescrm.platform.rules.ConflictException;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.rules.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A lead: a prospect to be worked and converted. Event-sourced. Every command that would change nothing appends
 * nothing, so a repeated command (or a redelivered distribution decision) has no second effect. A merged lead is
 * read-only; a removed lead is gone (its aggregate is deleted and answers 404).
 */
@Aggregate
public class Lead {

    @AggregateIdentifier
    private String leadId;
    private LeadDetails details;
    private boolean open;
    private String responsibleId;
    private LeadStatus status;
    private boolean distributionFailed;
    private String mergedIntoId;

    protected Lead() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    public Lead(CreateLeadCommand command) {
        LeadRules.validate(command.details());
        PartyFieldRules.employeeId("responsibleId", command.responsibleId());
        PartyFieldRules.text("pipelineId", command.pipelineId(), PartyFieldRules.MAX_ID);
        apply(new LeadCreatedEvent(command.leadId(), command.pipelineId(), stripped(command.details()),
                command.responsibleId(), command.open(), now()));
    }

    @CommandHandler
    void handle(ChangeLeadDetailsCommand command) {
        requireEditable();
        LeadRules.validate(command.details());
        LeadDetails changed = stripped(command.details());
        if (!changed.equals(details) || command.open() != open) {
            apply(new LeadDetailsChangedEvent(leadId, changed, command.open(), now()));
        }
    }

    @CommandHandler
    void handle(ChangeLeadStatusCommand command) {
        requireNotMerged();
        LeadStatus target = command.status();
        if (target == null) {
            throw new InvalidFieldException("status", "must not be null");
        }
        if (target == LeadStatus.CONVERTED) {
            throw new RuleViolationException("conversion-only", "A lead becomes CONVERTED only by converting it.");
        }
        requireNotConverted();
        if (target == status) {
            return;
        }
        if (status == LeadStatus.JUNK) {
            throw new RuleViolationException("lead-junk", "A junk lead comes back into work by reopening it.");
        }
        String reason = null;
        if (target == LeadStatus.JUNK) {
            LeadRules.reason(command.reason());
            reason = command.reason().strip();
        }
        apply(new LeadStatusChangedEvent(leadId, status, target, reason, now()));
        if (target == LeadStatus.JUNK) {
            apply(new LeadClosedEvent(leadId, LeadOutcome.JUNK));
        }
    }

    @CommandHandler
    void handle(ReopenLeadCommand command) {
        requireNotMerged();
        if (status != LeadStatus.JUNK) {
            throw new RuleViolationException("not-junk", "Only a junk lead can be reopened; this one is " + status + ".");
        }
        apply(new LeadStatusChangedEvent(leadId, status, LeadStatus.IN_WORK, null, now()));
    }

    @CommandHandler
    void handle(AssignLeadCommand command) {
        requireNotMerged();
        if (command.responsibleId() == null) {
            throw new InvalidFieldException("responsibleId", "must not be blank");
        }
        PartyFieldRules.employeeId("responsibleId", command.responsibleId());
        if (!command.responsibleId().equals(responsibleId)) {
            apply(new LeadAssignedEvent(leadId, command.responsibleId()));
        }
    }

    /** A decision of sales-org: applied only to a lead nobody has taken yet. */
    @CommandHandler
    void handle(AssignLeadByDistributionCommand command) {
        if (responsibleId == null && mergedIntoId == null && command.employeeId() != null && !command.employeeId().isBlank()) {
            apply(new LeadAssignedEvent(leadId, command.employeeId()));
        }
    }

    @CommandHandler
    void handle(RecordLeadDistributionFailureCommand command) {
        if (responsibleId == null && mergedIntoId == null && !distributionFailed) {
            apply(new LeadDistributionFailedEvent(leadId, command.ruleId(), command.reason(), command.detail(), now()));
        }
    }

    @CommandHandler
    void handle(MarkLeadConvertedCommand command) {
        if (status == LeadStatus.CONVERTED) {
            throw new ConflictException("already-converted", "Lead " + leadId + " was converted already.");
        }
        requireNotMerged();
        if (status == LeadStatus.JUNK) {
            throw new RuleViolationException("lead-junk", "A junk lead cannot be converted; reopen it first.");
        }
        if (command.dealId() == null && command.contactId() == null && command.companyId() == null) {
            throw new InvalidFieldException("dealId", "a conversion creates or attaches a deal, a contact or a company");
        }
        Instant at = now();
        apply(new LeadConvertedEvent(leadId, command.dealId(), command.contactId(), command.companyId(), at));
        apply(new LeadStatusChangedEvent(leadId, status, LeadStatus.CONVERTED, null, at));
        apply(new LeadClosedEvent(leadId, LeadOutcome.CONVERTED));
    }

    @CommandHandler
    void handle(RemoveLeadCommand command) {
        LeadRules.reason(command.reason());
        apply(new LeadRemovedEvent(leadId, command.reason().strip(), now()));
    }

    @CommandHandler
    void handle(MergeLeadIntoCommand command) {
        if (command.survivorId() == null || command.survivorId().equals(leadId)) {
            throw new InvalidFieldException("mergedId", "must be another lead");
        }
        if (command.survivorId().equals(mergedIntoId)) {
            return;
        }
        requireNotMerged();
        requireNotConverted();
        apply(new LeadMergedIntoEvent(leadId, command.survivorId(), now()));
    }

    @CommandHandler
    void handle(AbsorbLeadCommand command) {
        requireEditable();
        apply(new LeadAbsorbedEvent(leadId, command.mergedId(), DetailsAbsorption.absorb(details, command.mergedDetails()), now()));
    }

    @EventSourcingHandler
    void on(LeadCreatedEvent event) {
        leadId = event.leadId();
        details = event.details();
        open = event.open();
        responsibleId = event.responsibleId();
        status = LeadStatus.NEW;
    }

    @EventSourcingHandler
    void on(LeadDetailsChangedEvent event) {
        details = event.details();
        open = event.open();
    }

    @EventSourcingHandler
    void on(LeadStatusChangedEvent event) {
        status = event.to();
    }

    @EventSourcingHandler
    void on(LeadAssignedEvent event) {
        responsibleId = event.responsibleId();
    }

    @EventSourcingHandler
    void on(LeadDistributionFailedEvent event) {
        distributionFailed = true;
    }

    @EventSourcingHandler
    void on(LeadMergedIntoEvent event) {
        mergedIntoId = event.survivorId();
    }

    @EventSourcingHandler
    void on(LeadAbsorbedEvent event) {
        details = event.details();
    }

    @EventSourcingHandler
    void on(LeadRemovedEvent event) {
        AggregateLifecycle.markDeleted();
    }

    private void requireEditable() {
        requireNotMerged();
        requireNotConverted();
    }

    private void requireNotMerged() {
        if (mergedIntoId != null) {
            throw new RuleViolationException("merged", "Lead " + leadId + " was merged into " + mergedIntoId + " and is read-only.");
        }
    }

    private void requireNotConverted() {
        if (status == LeadStatus.CONVERTED) {
            throw new RuleViolationException("lead-converted", "Lead " + leadId + " is converted and can no longer be changed.");
        }
    }

    private static LeadDetails stripped(LeadDetails details) {
        return new LeadDetails(details.title().strip(), details.name(), details.companyName(), details.position(),
                details.phones(), details.emails(), details.website(), details.address(), details.source(),
                details.sourceNote(), details.expectedAmount(), details.products(), details.comments(),
                details.customFields());
    }

    private static Instant now() {
        return GenericEventMessage.clock.instant();
    }
}
