package io.salescrm.catalog.script.query;

import io.salescrm.catalog.api.script.ScriptStep;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed between two versions of a script, step by step (steps matched by id): ADDED (only in the newer),
 * REMOVED (only in the older), CHANGED (kind, text or answer differ) and MOVED (a step of both whose place among
 * the steps of both changed: those outside a longest common subsequence of the two orders). A step both changed
 * and moved appears twice. Positions are 1-based.
 */
public final class ScriptDiff {

    public enum ChangeKind {
        ADDED, REMOVED, CHANGED, MOVED
    }

    public record StepChange(String stepId, ChangeKind change, Integer fromPosition, Integer toPosition,
                             ScriptStep before, ScriptStep after) {
    }

    private ScriptDiff() {
    }

    public static List<StepChange> between(List<ScriptStep> older, List<ScriptStep> newer) {
        Map<String, Integer> oldPositions = positions(older);
        Map<String, Integer> newPositions = positions(newer);
        List<String> commonInOldOrder = older.stream().map(ScriptStep::stepId).filter(newPositions::containsKey).toList();
        List<String> commonInNewOrder = newer.stream().map(ScriptStep::stepId).filter(oldPositions::containsKey).toList();
        Set<String> stayed = longestCommonSubsequence(commonInOldOrder, commonInNewOrder);

        List<StepChange> changes = new ArrayList<>();
        for (ScriptStep before : older) {
            if (!newPositions.containsKey(before.stepId())) {
                changes.add(new StepChange(before.stepId(), ChangeKind.REMOVED, oldPositions.get(before.stepId()), null, before, null));
            }
        }
        Map<String, ScriptStep> oldById = older.stream().collect(Collectors.toMap(ScriptStep::stepId, Function.identity()));
        for (ScriptStep after : newer) {
            String id = after.stepId();
            Integer from = oldPositions.get(id);
            Integer to = newPositions.get(id);
            ScriptStep before = oldById.get(id);
            if (before == null) {
                changes.add(new StepChange(id, ChangeKind.ADDED, null, to, null, after));
                continue;
            }
            if (!before.sameContentAs(after)) {
                changes.add(new StepChange(id, ChangeKind.CHANGED, from, to, before, after));
            }
            if (!stayed.contains(id)) {
                changes.add(new StepChange(id, ChangeKind.MOVED, from, to, before, after));
            }
        }
        return changes;
    }

    private static Map<String, Integer> positions(List<ScriptStep> steps) {
        Map<String, Integer> positions = new java.util.HashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            positions.put(steps.get(i).stepId(), i + 1);
        }
        return positions;
    }

    private static Set<String> longestCommonSubsequence(List<String> a, List<String> b) {
        int[][] length = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                length[i][j] = a.get(i).equals(b.get(j)) ? length[i + 1][j + 1] + 1 : Math.max(length[i + 1][j], length[i][j + 1]);
            }
        }
        Set<String> common = new HashSet<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                common.add(a.get(i));
                i++;
                j++;
            } else if (length[i + 1][j] >= length[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }
}
