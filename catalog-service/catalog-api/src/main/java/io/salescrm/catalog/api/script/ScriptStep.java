package io.salescrm.catalog.api.script;

/**
 * One step of a script. {@code stepId} stays with the step through every version (standard and personal), so
 * versions can be compared step by step. {@code answer} is the answer to an OBJECTION and null otherwise.
 */
public record ScriptStep(String stepId, ScriptStepKind kind, String text, String answer) {

    /** Whether both steps say the same (ids aside). */
    public boolean sameContentAs(ScriptStep other) {
        return kind == other.kind && java.util.Objects.equals(text, other.text)
                && java.util.Objects.equals(answer, other.answer);
    }
}
