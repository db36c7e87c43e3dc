package io.salescrm.catalog.script.command;

import io.salescrm.catalog.api.script.ScriptConflict;
import io.salescrm.catalog.api.script.ScriptConflict.Reason;
import io.salescrm.catalog.api.script.ScriptStep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The three-way merge behind a rebase: what the standard changed from the old base to the new one is applied to
 * the personal version, step by step (steps are matched by id).
 * <ul>
 *   <li>a step only one side changed takes that side's version; a step changed alike on both sides is kept;</li>
 *   <li>a step changed differently on both sides is a conflict: the personal version is kept;</li>
 *   <li>a step the standard added is added; a step the owner added is kept;</li>
 *   <li>a step removed on one side and unchanged on the other is removed; removed on one side and changed on the
 *       other is a conflict: the personal side wins (removed stays removed, changed stays);</li>
 *   <li>order: if the owner never reordered the steps he shares with the base, the new standard's order is taken
 *       and his own additions follow the step they followed; otherwise his order is kept and the standard's
 *       additions follow the step they follow in the new standard.</li>
 * </ul>
 */
public final class ScriptMerge {

    /** The merged steps, and the conflicts found (those about kept personal steps first, in his order). */
    public record Result(List<ScriptStep> steps, List<ScriptConflict> conflicts) {
    }

    private ScriptMerge() {
    }

    public static Result rebase(List<ScriptStep> oldBase, List<ScriptStep> personal, List<ScriptStep> newBase) {
        Map<String, ScriptStep> base = byId(oldBase);
        Map<String, ScriptStep> mine = byId(personal);
        Map<String, ScriptStep> standard = byId(newBase);
        Map<String, ScriptStep> merged = new LinkedHashMap<>();
        List<ScriptConflict> conflicts = new ArrayList<>();

        for (ScriptStep p : personal) {
            ScriptStep b = base.get(p.stepId());
            ScriptStep s = standard.get(p.stepId());
            if (b == null) {
                merged.put(p.stepId(), p);
            } else if (s != null) {
                if (p.sameContentAs(b)) {
                    merged.put(p.stepId(), s);
                } else {
                    merged.put(p.stepId(), p);
                    if (!s.sameContentAs(b) && !s.sameContentAs(p)) {
                        conflicts.add(new ScriptConflict(p.stepId(), Reason.BOTH_CHANGED, s, p));
                    }
                }
            } else if (!p.sameContentAs(b)) {
                merged.put(p.stepId(), p);
                conflicts.add(new ScriptConflict(p.stepId(), Reason.REMOVED_IN_STANDARD_CHANGED_IN_PERSONAL, null, p));
            }
        }
        for (ScriptStep b : oldBase) {
            ScriptStep s = standard.get(b.stepId());
            if (!mine.containsKey(b.stepId()) && s != null && !s.sameContentAs(b)) {
                conflicts.add(new ScriptConflict(b.stepId(), Reason.CHANGED_IN_STANDARD_REMOVED_IN_PERSONAL, s, null));
            }
        }
        for (ScriptStep s : newBase) {
            if (!base.containsKey(s.stepId()) && !mine.containsKey(s.stepId())) {
                merged.put(s.stepId(), s);
            }
        }

        List<String> order = ownerReordered(oldBase, personal)
                ? weave(personal, newBase, merged.keySet())
                : weave(newBase, personal, merged.keySet());
        return new Result(order.stream().map(merged::get).toList(), conflicts);
    }

    /** Whether the steps the personal version shares with the base stand in a different order than in the base. */
    private static boolean ownerReordered(List<ScriptStep> base, List<ScriptStep> personal) {
        Set<String> shared = personal.stream().map(ScriptStep::stepId).collect(Collectors.toSet());
        List<String> inBase = base.stream().map(ScriptStep::stepId).filter(shared::contains).toList();
        Set<String> inBaseSet = Set.copyOf(inBase);
        List<String> inPersonal = personal.stream().map(ScriptStep::stepId).filter(inBaseSet::contains).toList();
        return !inBase.equals(inPersonal);
    }

    /**
     * The merged ids in the order of {@code leading}; every other merged id (all of them are in {@code other}) is
     * placed right after the id it follows in {@code other}, or first when nothing precedes it there.
     */
    private static List<String> weave(List<ScriptStep> leading, List<ScriptStep> other, Set<String> mergedIds) {
        List<String> order = new ArrayList<>(leading.stream().map(ScriptStep::stepId).filter(mergedIds::contains).toList());
        List<String> otherIds = other.stream().map(ScriptStep::stepId).toList();
        for (int i = 0; i < otherIds.size(); i++) {
            String id = otherIds.get(i);
            if (!mergedIds.contains(id) || order.contains(id)) {
                continue;
            }
            int at = 0;
            for (int k = i - 1; k >= 0; k--) {
                int predecessor = order.indexOf(otherIds.get(k));
                if (predecessor >= 0) {
                    at = predecessor + 1;
                    break;
                }
            }
            order.add(at, id);
        }
        return order;
    }

    private static Map<String, ScriptStep> byId(List<ScriptStep> steps) {
        return steps.stream().collect(Collectors.toMap(ScriptStep::stepId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}
