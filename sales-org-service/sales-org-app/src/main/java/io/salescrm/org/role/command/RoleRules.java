package io.salescrm.org.role.command;

import io.salescrm.org.api.role.AccessLevel;
import io.salescrm.org.api.role.Action;
import io.salescrm.org.api.role.DealStageRule;
import io.salescrm.org.api.role.EntityType;
import io.salescrm.org.api.role.Permission;
import io.salescrm.platform.rules.InvalidFieldException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What makes a role's name, matrix and deal rules valid, and their one canonical form: the name without
 * surrounding blanks, cells ordered by entity then action, deal rules ordered by pipeline then stage. Every
 * refusal names the offending field the way the HTTP body spells it (e.g. {@code dealRules[1].pipelineId}).
 */
public final class RoleRules {

    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_ID_LENGTH = 64;
    /** Every (entity, action) pair once (10 x 6): the matrix cannot have more cells. */
    public static final int MAX_CELLS = 60;
    public static final int MAX_DEAL_RULES = 100;
    public static final int MAX_TARGET_STAGES = 100;

    private static final Comparator<Permission> CELL_ORDER =
            Comparator.comparing(Permission::entity).thenComparing(Permission::action);
    private static final Comparator<DealStageRule> RULE_ORDER =
            Comparator.comparing(DealStageRule::pipelineId)
                    .thenComparing(DealStageRule::stageId, Comparator.nullsFirst(Comparator.naturalOrder()));

    /** A validated, canonical role content. */
    public record Matrix(String name, List<Permission> permissions, List<DealStageRule> dealRules) {
    }

    private RoleRules() {
    }

    public static Matrix validated(String name, List<Permission> permissions, List<DealStageRule> dealRules) {
        return new Matrix(validName(name), validCells("permissions", permissions, null),
                validDealRules(dealRules == null ? List.of() : dealRules));
    }

    public static String validName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidFieldException("name", "must not be blank");
        }
        String stripped = name.strip();
        if (stripped.length() > MAX_NAME_LENGTH) {
            throw new InvalidFieldException("name", "must be at most " + MAX_NAME_LENGTH + " characters");
        }
        return stripped;
    }

    /** The form in which role names must be unique: without surrounding blanks, case-insensitive. */
    public static String nameKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    public static String validSubjectId(String subjectId) {
        if (subjectId == null || subjectId.isBlank()) {
            throw new InvalidFieldException("subjectId", "must not be blank");
        }
        if (subjectId.length() > MAX_ID_LENGTH) {
            throw new InvalidFieldException("subjectId", "must be at most " + MAX_ID_LENGTH + " characters");
        }
        return subjectId;
    }

    /** The level a canonical matrix gives to one cell (NONE when the cell is not listed). */
    public static AccessLevel levelOf(List<Permission> cells, EntityType entity, Action action) {
        return cells.stream().filter(cell -> cell.entity() == entity && cell.action() == action)
                .map(Permission::level).findFirst().orElse(AccessLevel.NONE);
    }

    private static List<Permission> validCells(String field, List<Permission> cells, EntityType onlyEntity) {
        if (cells == null) {
            throw new InvalidFieldException(field, "must not be null");
        }
        if (cells.size() > MAX_CELLS) {
            throw new InvalidFieldException(field, "must have at most " + MAX_CELLS + " cells");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < cells.size(); i++) {
            Permission cell = cells.get(i);
            String at = field + "[" + i + "]";
            if (cell == null) {
                throw new InvalidFieldException(at, "must not be null");
            }
            requirePresent(at + ".entity", cell.entity());
            requirePresent(at + ".action", cell.action());
            requirePresent(at + ".level", cell.level());
            if (onlyEntity != null && cell.entity() != onlyEntity) {
                throw new InvalidFieldException(at + ".entity", "must be " + onlyEntity + " in a deal rule");
            }
            if (!seen.add(cell.entity() + "/" + cell.action())) {
                throw new InvalidFieldException(at, "repeats the cell " + cell.entity() + " x " + cell.action());
            }
        }
        return cells.stream().sorted(CELL_ORDER).toList();
    }

    private static List<DealStageRule> validDealRules(List<DealStageRule> rules) {
        if (rules.size() > MAX_DEAL_RULES) {
            throw new InvalidFieldException("dealRules", "must have at most " + MAX_DEAL_RULES + " rules");
        }
        Set<String> seen = new HashSet<>();
        List<DealStageRule> valid = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            DealStageRule rule = rules.get(i);
            String at = "dealRules[" + i + "]";
            if (rule == null) {
                throw new InvalidFieldException(at, "must not be null");
            }
            requireId(at + ".pipelineId", rule.pipelineId(), false);
            requireId(at + ".stageId", rule.stageId(), true);
            List<Permission> cells = validCells(at + ".permissions", rule.permissions(), EntityType.DEAL);
            List<String> targets = validTargets(at + ".allowedTargetStageIds", rule.allowedTargetStageIds());
            if (!seen.add(rule.pipelineId() + "\u0000" + Objects.requireNonNullElse(rule.stageId(), ""))) {
                throw new InvalidFieldException(at, "repeats the rule for pipeline " + rule.pipelineId()
                        + (rule.stageId() == null ? "" : " stage " + rule.stageId()));
            }
            valid.add(new DealStageRule(rule.pipelineId(), rule.stageId(), cells, targets));
        }
        valid.sort(RULE_ORDER);
        return List.copyOf(valid);
    }

    private static List<String> validTargets(String field, List<String> targets) {
        if (targets == null) {
            return null;
        }
        if (targets.size() > MAX_TARGET_STAGES) {
            throw new InvalidFieldException(field, "must have at most " + MAX_TARGET_STAGES + " stages");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < targets.size(); i++) {
            requireId(field + "[" + i + "]", targets.get(i), false);
            if (!seen.add(targets.get(i))) {
                throw new InvalidFieldException(field + "[" + i + "]", "repeats the stage " + targets.get(i));
            }
        }
        return List.copyOf(targets);
    }

    private static void requireId(String field, String id, boolean optional) {
        if (id == null && optional) {
            return;
        }
        if (id == null || id.isBlank()) {
            throw new InvalidFieldException(field, "must not be blank");
        }
        if (id.length() > MAX_ID_LENGTH) {
            throw new InvalidFieldException(field, "must be at most " + MAX_ID_LENGTH + " characters");
        }
    }

    private static void requirePresent(String field, Object value) {
        if (value == null) {
            throw new InvalidFieldException(field, "must not be null");
        }
    }
}
