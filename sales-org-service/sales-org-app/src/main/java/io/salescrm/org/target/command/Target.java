package io.salescrm.org.target.command;

import io.salescrm.org.api.target.CancelTargetCommand;
import io.salescrm.org.api.target.ReviseTargetCommand;
import io.salescrm.org.api.target.SetTargetCommand;
import io.salescrm.org.api.target.SplitStatus;
import io.salescrm.org.api.target.TargetCancelledEvent;
import io.salescrm.org.api.target.TargetGrowth;
import io.salescrm.org.api.target.TargetPeriod;
import io.salescrm.org.api.target.TargetRevisedEvent;
import io.salescrm.org.api.target.TargetSetEvent;
import io.salescrm.org.api.target.TargetSplitEvent;
import io.salescrm.org.api.target.TargetSplitFinalisedEvent;
import io.salescrm.org.api.target.TargetSplitPart;
import io.salescrm.org.api.target.TargetSplitWithdrawnEvent;
import io.salescrm.org.api.target.TargetSubject;
import io.salescrm.org.api.target.TargetSubjectType;
import io.salescrm.org.api.target.TargetValue;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.rules.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A sales target (plan) of a subject for a period, with its split across units or employees. Event-sourced; every
 * change is a new revision. The commands that touch a parent and its children together (split, finalise,
 * withdraw) are handled by {@link TargetSplitCommandHandler}, which calls the package-private methods below.
 */
@Aggregate
public class Target {

    @AggregateIdentifier
    private String targetId;
    private int revision;
    private TargetPeriod period;
    private TargetSubject subject;
    private TargetValue value;
    private TargetGrowth growth;
    private String parentTargetId;
    private boolean cancelled;
    private int splitRevision;
    private SplitStatus latestSplitStatus;
    private List<TargetSplitPart> latestSplitParts = List.of();
    private Map<TargetSubject, String> activeChildren = new LinkedHashMap<>();

    protected Target() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    public Target(SetTargetCommand command, TargetKeys keys) {
        TargetPeriod period = TargetRules.period(command.periodType(), command.periodStart(), "periodType", "periodStart");
        TargetSubject subject = TargetRules.subject(command.subjectType(), command.subjectId(), "");
        TargetRules.Figure figure = TargetRules.figure(period, command.measure(), command.currency(), command.amount(),
                command.count(), command.growthPercent(), command.baselinePeriodStart(), command.baselineAmount(),
                command.baselineCount());
        String note = TargetRules.note(command.note());
        keys.claim(new TargetKey(subject, period, figure.value().measure()), command.targetId());
        apply(new TargetSetEvent(command.targetId(), 1, period, subject, figure.value(), figure.growth(), null, null,
                note, now()));
    }

    /** A child target created by the final split {@code parentSplitRevision} of {@code parentTargetId}. */
    Target(String targetId, TargetPeriod period, TargetSubject subject, TargetValue value, String parentTargetId,
           int parentSplitRevision, String note) {
        apply(new TargetSetEvent(targetId, 1, period, subject, value, null, parentTargetId, parentSplitRevision, note, now()));
    }

    /** Revises the value; answers the new revision (the current one when nothing changed). */
    @CommandHandler
    public int handle(ReviseTargetCommand command) {
        requireExists(command.targetId());
        requireRevision(command.expectedRevision());
        requireNotCancelled();
        if (parentTargetId != null) {
            throw partOfSplit();
        }
        if (valueBoundBySplit()) {
            throw new RuleViolationException("target-has-final-split", "Target " + targetId + " has a final split, "
                    + "which must keep adding up to it: save a re-split as a draft first, then revise the target, "
                    + "then finalise the draft.");
        }
        String currency = command.currency();
        if (currency != null && !currency.equals(value.currency())) {
            throw new InvalidFieldException("currency", value.currency() == null
                    ? "must be empty for a WON_COUNT target"
                    : "cannot change (the target is in " + value.currency() + "); cancel it and set a new target");
        }
        TargetRules.Figure figure = TargetRules.figure(period, value.measure(), value.currency(), command.amount(),
                command.count(), command.growthPercent(), command.baselinePeriodStart(), command.baselineAmount(),
                command.baselineCount());
        String note = TargetRules.note(command.note());
        if (TargetRules.same(figure.value(), value) && Objects.equals(figure.growth(), growth)) {
            return revision;
        }
        apply(new TargetRevisedEvent(targetId, revision + 1, period, subject, figure.value(), value, figure.growth(),
                null, null, note, now()));
        return revision;
    }

    /** Cancels the target; answers the new revision (the current one when it was cancelled before). */
    @CommandHandler
    public int handle(CancelTargetCommand command, TargetKeys keys) {
        requireExists(command.targetId());
        requireRevision(command.expectedRevision());
        if (cancelled) {
            return revision;
        }
        if (hasFinalSplit()) {
            throw new RuleViolationException("target-has-final-split", "Target " + targetId + " has a final split "
                    + "into " + activeChildren.size() + " child target(s); withdraw the split first.");
        }
        if (parentTargetId != null) {
            throw partOfSplit();
        }
        String note = TargetRules.note(command.note());
        keys.release(state().key(), targetId);
        apply(new TargetCancelledEvent(targetId, revision + 1, period, subject, value, null, null, note, now()));
        return revision;
    }

    TargetState state() {
        return new TargetState(targetId, revision, period, subject, value, parentTargetId, cancelled, splitRevision,
                latestSplitStatus, latestSplitParts, Collections.unmodifiableMap(new LinkedHashMap<>(activeChildren)));
    }

    /** The id may name an aggregate of another kind, whose events left this one empty. */
    void requireExists(String id) {
        if (targetId == null) {
            throw new AggregateNotFoundException(id, "No target with id " + id + ".");
        }
    }

    void requireRevision(Integer expectedRevision) {
        if (expectedRevision != null && expectedRevision != revision) {
            throw new StaleTargetRevisionException(targetId, expectedRevision, revision);
        }
    }

    void requireNotCancelled() {
        if (cancelled) {
            throw new RuleViolationException("target-cancelled", "Target " + targetId + " is cancelled.");
        }
    }

    void requireSplittable() {
        requireNotCancelled();
        if (subject.type() == TargetSubjectType.EMPLOYEE) {
            throw new RuleViolationException("employee-target-not-splittable",
                    "Target " + targetId + " is an employee's target; only company and unit targets are split.");
        }
    }

    void recordSplit(int newSplitRevision, SplitStatus status, List<TargetSplitPart> parts, TargetValue partsTotal,
                     List<String> released, String note) {
        apply(new TargetSplitEvent(targetId, revision + 1, newSplitRevision, status, period, subject, value, parts,
                partsTotal, released, note, now()));
    }

    void recordFinalisation(List<TargetSplitPart> parts, List<String> released) {
        apply(new TargetSplitFinalisedEvent(targetId, revision + 1, splitRevision, period, subject, value, parts,
                released, now()));
    }

    void recordWithdrawal(int newSplitRevision, List<String> released, String note) {
        apply(new TargetSplitWithdrawnEvent(targetId, revision + 1, newSplitRevision, period, subject, value, released,
                note, now()));
    }

    /** Takes the figure given by the parent's final split (also for a standalone target taken into the split). */
    void takeValueFromSplit(TargetValue newValue, String parentId, int parentSplitRevision, String note) {
        if (TargetRules.same(newValue, value) && parentId.equals(parentTargetId)) {
            return;
        }
        apply(new TargetRevisedEvent(targetId, revision + 1, period, subject, newValue, value, null, parentId,
                parentSplitRevision, note, now()));
    }

    /** Cancelled because the parent's split revision no longer has a part for this subject. */
    void releaseFromSplit(String parentId, int parentSplitRevision, String note) {
        apply(new TargetCancelledEvent(targetId, revision + 1, period, subject, value, parentId, parentSplitRevision,
                note, now()));
    }

    @EventSourcingHandler
    void on(TargetSetEvent event) {
        this.targetId = event.targetId();
        this.revision = event.revision();
        this.period = event.period();
        this.subject = event.subject();
        this.value = event.value();
        this.growth = event.growth();
        this.parentTargetId = event.parentTargetId();
    }

    @EventSourcingHandler
    void on(TargetRevisedEvent event) {
        this.revision = event.revision();
        this.value = event.value();
        this.growth = event.growth();
        this.parentTargetId = event.parentTargetId();
    }

    @EventSourcingHandler
    void on(TargetSplitEvent event) {
        this.revision = event.revision();
        this.splitRevision = event.splitRevision();
        this.latestSplitStatus = event.status();
        this.latestSplitParts = List.copyOf(event.parts());
        if (event.status() == SplitStatus.FINAL) {
            this.activeChildren = childrenOf(event.parts());
        }
    }

    @EventSourcingHandler
    void on(TargetSplitFinalisedEvent event) {
        this.revision = event.revision();
        this.latestSplitStatus = SplitStatus.FINAL;
        this.latestSplitParts = List.copyOf(event.parts());
        this.activeChildren = childrenOf(event.parts());
    }

    @EventSourcingHandler
    void on(TargetSplitWithdrawnEvent event) {
        this.revision = event.revision();
        this.splitRevision = event.splitRevision();
        this.latestSplitStatus = null;
        this.latestSplitParts = List.of();
        this.activeChildren = new LinkedHashMap<>();
    }

    @EventSourcingHandler
    void on(TargetCancelledEvent event) {
        this.revision = event.revision();
        this.cancelled = true;
    }

    private boolean hasFinalSplit() {
        return !activeChildren.isEmpty();
    }

    private boolean valueBoundBySplit() {
        return latestSplitStatus == SplitStatus.FINAL;
    }

    private RuleViolationException partOfSplit() {
        return new RuleViolationException("target-part-of-split", "Target " + targetId + " is a part of the split of "
                + "target " + parentTargetId + "; change it by re-splitting that target.");
    }

    private static Map<TargetSubject, String> childrenOf(List<TargetSplitPart> parts) {
        Map<TargetSubject, String> children = new LinkedHashMap<>();
        parts.forEach(part -> children.put(part.subject(), part.childTargetId()));
        return children;
    }

    private static Instant now() {
        return GenericEventMessage.clock.instant();
    }
}
