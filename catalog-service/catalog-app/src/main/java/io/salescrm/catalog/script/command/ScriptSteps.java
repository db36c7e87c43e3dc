package io.salescrm.catalog.script.command;

import io.salescrm.catalog.api.script.ScriptStep;
import io.salescrm.catalog.api.script.ScriptStepKind;
import io.salescrm.platform.rules.InvalidFieldException;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules every version of a script (standard or personal) obeys. */
final class ScriptSteps {

    static final int MAX_TITLE_LENGTH = 200;
    static final int MAX_STEPS = 100;
    static final int MAX_TEXT_LENGTH = 2_000;
    private static final Pattern STEP_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private ScriptSteps() {
    }

    static void requireValidTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new InvalidFieldException("title", "must not be blank");
        }
        if (title.length() > MAX_TITLE_LENGTH) {
            throw new InvalidFieldException("title", "must be at most " + MAX_TITLE_LENGTH + " characters");
        }
    }

    /** 1 to 100 steps with unique ids; text for every step; an answer for every objection and for nothing else. */
    static void requireValidSteps(List<ScriptStep> steps) {
        if (steps == null || steps.isEmpty()) {
            throw new InvalidFieldException("steps", "must hold at least one step");
        }
        if (steps.size() > MAX_STEPS) {
            throw new InvalidFieldException("steps", "must hold at most " + MAX_STEPS + " steps");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < steps.size(); i++) {
            ScriptStep step = steps.get(i);
            String field = "steps[" + i + "]";
            if (step == null || step.kind() == null) {
                throw new InvalidFieldException(field + ".kind", "must be SAY, ASK or OBJECTION");
            }
            if (step.stepId() == null || !STEP_ID.matcher(step.stepId()).matches()) {
                throw new InvalidFieldException(field + ".stepId", "must be 1-64 letters, digits, _ or -");
            }
            if (!ids.add(step.stepId())) {
                throw new InvalidFieldException(field + ".stepId", "is used by another step");
            }
            requireText(field + ".text", step.text());
            if (step.kind() == ScriptStepKind.OBJECTION) {
                requireText(field + ".answer", step.answer());
            } else if (step.answer() != null) {
                throw new InvalidFieldException(field + ".answer", "only an OBJECTION has an answer");
            }
        }
    }

    private static void requireText(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidFieldException(field, "must not be blank");
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new InvalidFieldException(field, "must be at most " + MAX_TEXT_LENGTH + " characters");
        }
    }
}
