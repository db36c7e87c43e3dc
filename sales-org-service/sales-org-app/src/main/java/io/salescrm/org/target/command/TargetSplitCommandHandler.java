package io.salescrm.org.target.command;

import io.salescrm.org.api.target.FinaliseTargetSplitCommand;
import io.salescrm.org.api.target.SplitPartSpec;
import io.salescrm.org.api.target.SplitStatus;
import io.salescrm.org.api.target.SplitTargetCommand;
import io.salescrm.org.api.target.TargetSplitPart;
import io.salescrm.org.api.target.TargetSubject;
import io.salescrm.org.api.target.TargetSubjectType;
import io.salescrm.org.api.target.TargetValue;
import io.salescrm.org.api.target.WithdrawTargetSplitCommand;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.rules.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Splits, finalises and withdraws splits: the commands that change a parent target and its child targets
 * together. Everything is checked before anything is applied, and all events of one command (the parent's first,
 * then the children's) are appended in one unit of work and one database transaction, with the register of
 * active targets: a refused command leaves nothing behind.
 * <p>
 * A final split makes every part a child target: the subject's child from the previous final split takes the new
 * figure; a subject without one gets a new child target, or, if it already has a standalone target for the period
 * and measure (without a parent and without a final split of its own), that target is taken into the split.
 * Children of the previous final split that are not in the new one are released (cancelled).
 */
@Component
public class TargetSplitCommandHandler {

    private final Repository<Target> targets;
    private final TargetKeys keys;
    private final Supplier<String> newIds;

    @Autowired
    public TargetSplitCommandHandler(@Qualifier("targetRepository") Repository<Target> targets, TargetKeys keys) {
        this(targets, keys, () -> UUID.randomUUID().toString());
    }

    public TargetSplitCommandHandler(Repository<Target> targets, TargetKeys keys, Supplier<String> newIds) {
        this.targets = targets;
        this.keys = keys;
        this.newIds = newIds;
    }

    @CommandHandler
    public SplitOutcome handle(SplitTargetCommand command) {
        Aggregate<Target> parent = targets.load(command.targetId());
        parent.execute(target -> {
            target.requireExists(command.targetId());
            target.requireRevision(command.expectedRevision());
            target.requireSplittable();
        });
        TargetState state = parent.invoke(Target::state);
        List<TargetSplitPart> parts = requestedParts(state, command.parts());
        TargetValue total = TargetRules.total(state.value(), parts.stream().map(TargetSplitPart::value).toList());
        if (!command.draft()) {
            TargetRules.requireAddsUp(state.value(), total);
        }
        String note = TargetRules.note(command.note());
        int splitRevision = state.splitRevision() + 1;
        if (command.draft()) {
            List<TargetSplitPart> draft = parts.stream()
                    .map(part -> new TargetSplitPart(state.activeChildren().get(part.subject()), part.subject(), part.value()))
                    .toList();
            parent.execute(target -> target.recordSplit(splitRevision, SplitStatus.DRAFT, draft, total, List.of(), note));
            return outcome(parent, SplitStatus.DRAFT.name(), draft, List.of());
        }
        Plan plan = plan(state, parts, splitRevision, note);
        parent.execute(target -> target.recordSplit(splitRevision, SplitStatus.FINAL, plan.parts(), total, plan.released(), note));
        plan.actions().forEach(Runnable::run);
        return outcome(parent, SplitStatus.FINAL.name(), plan.parts(), plan.released());
    }

    @CommandHandler
    public SplitOutcome handle(FinaliseTargetSplitCommand command) {
        Aggregate<Target> parent = targets.load(command.targetId());
        parent.execute(target -> {
            target.requireExists(command.targetId());
            target.requireRevision(command.expectedRevision());
            target.requireSplittable();
        });
        TargetState state = parent.invoke(Target::state);
        if (state.latestSplitStatus() != SplitStatus.DRAFT) {
            throw new RuleViolationException("no-draft-split", "Target " + state.targetId() + " has no draft split to finalise.");
        }
        TargetValue total = TargetRules.total(state.value(), state.latestSplitParts().stream().map(TargetSplitPart::value).toList());
        TargetRules.requireAddsUp(state.value(), total);
        Plan plan = plan(state, state.latestSplitParts(), state.splitRevision(), null);
        parent.execute(target -> target.recordFinalisation(plan.parts(), plan.released()));
        plan.actions().forEach(Runnable::run);
        return outcome(parent, SplitStatus.FINAL.name(), plan.parts(), plan.released());
    }

    @CommandHandler
    public SplitOutcome handle(WithdrawTargetSplitCommand command) {
        Aggregate<Target> parent = targets.load(command.targetId());
        parent.execute(target -> {
            target.requireExists(command.targetId());
            target.requireRevision(command.expectedRevision());
            target.requireNotCancelled();
        });
        TargetState state = parent.invoke(Target::state);
        if (state.latestSplitStatus() == null && !state.hasFinalSplit()) {
            throw new RuleViolationException("no-split", "Target " + state.targetId() + " has no split to withdraw.");
        }
        String note = TargetRules.note(command.note());
        int splitRevision = state.splitRevision() + 1;
        List<Runnable> actions = new ArrayList<>();
        List<String> released = new ArrayList<>();
        state.activeChildren().forEach((subject, childId) -> {
            released.add(childId);
            actions.add(release(state, childId, splitRevision, note));
        });
        parent.execute(target -> target.recordWithdrawal(splitRevision, released, note));
        actions.forEach(Runnable::run);
        return outcome(parent, "WITHDRAWN", List.of(), released);
    }

    /** The requested parts, checked one by one against the parent (child ids not yet assigned). */
    private static List<TargetSplitPart> requestedParts(TargetState parent, List<SplitPartSpec> specs) {
        if (specs == null || specs.isEmpty()) {
            throw new InvalidFieldException("children", "must name at least one child");
        }
        if (specs.size() > TargetRules.MAX_PARTS) {
            throw new InvalidFieldException("children", "must name at most " + TargetRules.MAX_PARTS + " children");
        }
        List<TargetSplitPart> parts = new ArrayList<>();
        Set<TargetSubject> seen = new HashSet<>();
        for (int i = 0; i < specs.size(); i++) {
            SplitPartSpec spec = specs.get(i);
            String prefix = "children[" + i + "].";
            if (spec == null) {
                throw new InvalidFieldException("children[" + i + "]", "must not be null");
            }
            TargetSubject subject = TargetRules.subject(spec.subjectType(), spec.subjectId(), prefix);
            if (subject.type() == TargetSubjectType.COMPANY) {
                throw new InvalidFieldException(prefix + "subjectType", "must be UNIT or EMPLOYEE: the company is not a part of anything");
            }
            if (subject.equals(parent.subject())) {
                throw new InvalidFieldException(prefix + "subjectId", "is the subject of the target being split");
            }
            if (!seen.add(subject)) {
                throw new InvalidFieldException(prefix + "subjectId", "appears more than once in the split");
            }
            parts.add(new TargetSplitPart(null, subject, TargetRules.partValue(prefix, parent.value(), spec)));
        }
        return parts;
    }

    private record Plan(List<TargetSplitPart> parts, List<String> released, List<Runnable> actions) {
    }

    /** Works out what a final split does to the child targets, refusing it before anything is applied. */
    private Plan plan(TargetState parent, List<TargetSplitPart> requested, int splitRevision, String note) {
        List<TargetSplitPart> parts = new ArrayList<>();
        List<Runnable> actions = new ArrayList<>();
        Map<TargetSubject, String> current = parent.activeChildren();
        for (TargetSplitPart part : requested) {
            TargetKey key = new TargetKey(part.subject(), parent.period(), parent.value().measure());
            String childId = current.get(part.subject());
            if (childId != null) {
                Aggregate<Target> child = targets.load(childId);
                TargetState state = child.invoke(Target::state);
                if (!TargetRules.same(state.value(), part.value())) {
                    requireValueFree(state);
                    actions.add(() -> child.execute(target ->
                            target.takeValueFromSplit(part.value(), parent.targetId(), splitRevision, note)));
                }
            } else {
                Optional<String> holder = keys.holder(key);
                if (holder.isPresent()) {
                    childId = holder.get();
                    Aggregate<Target> child = targets.load(childId);
                    requireAdoptable(child.invoke(Target::state), parent);
                    actions.add(() -> child.execute(target ->
                            target.takeValueFromSplit(part.value(), parent.targetId(), splitRevision, note)));
                } else {
                    String newId = newIds.get();
                    childId = newId;
                    actions.add(() -> {
                        keys.claim(key, newId);
                        try {
                            targets.newInstance(() -> new Target(newId, parent.period(), part.subject(), part.value(),
                                    parent.targetId(), splitRevision, note));
                        } catch (RuntimeException e) {
                            throw e;
                        } catch (Exception e) {
                            throw new IllegalStateException("cannot create child target " + newId, e);
                        }
                    });
                }
            }
            parts.add(new TargetSplitPart(childId, part.subject(), part.value()));
        }
        Set<TargetSubject> kept = new HashSet<>();
        parts.forEach(part -> kept.add(part.subject()));
        List<String> released = new ArrayList<>();
        current.forEach((subject, childId) -> {
            if (!kept.contains(subject)) {
                released.add(childId);
                actions.add(release(parent, childId, splitRevision, note));
            }
        });
        return new Plan(parts, released, actions);
    }

    /** Checks that the child can be released now and answers the action releasing it. */
    private Runnable release(TargetState parent, String childId, int splitRevision, String note) {
        Aggregate<Target> child = targets.load(childId);
        TargetState state = child.invoke(Target::state);
        if (state.hasFinalSplit()) {
            throw new RuleViolationException("child-has-final-split", "Child target " + childId + " of "
                    + state.subject().type() + " " + state.subject().id() + " has a final split of its own; "
                    + "withdraw that split before removing it from the split of target " + parent.targetId() + ".");
        }
        return () -> {
            child.execute(target -> target.releaseFromSplit(parent.targetId(), splitRevision, note));
            keys.release(state.key(), childId);
        };
    }

    private static void requireValueFree(TargetState child) {
        if (child.valueBoundBySplit()) {
            throw new RuleViolationException("child-has-final-split", "Child target " + child.targetId() + " of "
                    + child.subject().type() + " " + child.subject().id() + " has a final split of its own that "
                    + "adds up to its current value; save a re-split of it as a draft first.");
        }
    }

    private static void requireAdoptable(TargetState existing, TargetState parent) {
        String who = existing.subject().type() + " " + existing.subject().id();
        if (existing.parentTargetId() != null) {
            throw new TargetConflictException("subject-has-target", who + " already has target " + existing.targetId()
                    + " for this period, a part of the split of target " + existing.parentTargetId() + ".",
                    existing.targetId());
        }
        if (existing.hasFinalSplit()) {
            throw new TargetConflictException("subject-has-target", who + " already has target " + existing.targetId()
                    + " for this period with a final split of its own; withdraw that split (or cancel the target) "
                    + "before making it a part of the split of target " + parent.targetId() + ".", existing.targetId());
        }
        if (!java.util.Objects.equals(existing.value().currency(), parent.value().currency())) {
            throw new TargetConflictException("subject-has-target", who + " already has target " + existing.targetId()
                    + " for this period in " + existing.value().currency() + "; cancel it before splitting target "
                    + parent.targetId() + " in " + parent.value().currency() + ".", existing.targetId());
        }
    }

    private static SplitOutcome outcome(Aggregate<Target> parent, String status, List<TargetSplitPart> parts,
                                        List<String> released) {
        TargetState state = parent.invoke(Target::state);
        return new SplitOutcome(state.targetId(), state.revision(), state.splitRevision(), status, parts, released);
    }
}
