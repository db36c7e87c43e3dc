package io.salescrm.catalog.api.script;

/** A step of a sales script: something to say, a question to ask, or a client's objection with the answer to it. */
public enum ScriptStepKind {
    SAY, ASK, OBJECTION
}
