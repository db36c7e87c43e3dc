package io.salescrm.catalog.api.script;

/**
 * A step both the standard and the personal version changed since the base, so a rebase could not take both:
 * the personal version's side was kept. {@code reason} says which kind of clash it was.
 */
public record ScriptConflict(String stepId, Reason reason, ScriptStep standard, ScriptStep personal) {

    public enum Reason {
        /** Both changed the step, differently. */
        BOTH_CHANGED,
        /** The standard changed a step the owner had removed: it stays removed. */
        CHANGED_IN_STANDARD_REMOVED_IN_PERSONAL,
        /** The standard removed a step the owner had changed: his version stays. */
        REMOVED_IN_STANDARD_CHANGED_IN_PERSONAL
    }
}
