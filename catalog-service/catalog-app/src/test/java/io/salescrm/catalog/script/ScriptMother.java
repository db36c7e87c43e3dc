package io.salescrm.catalog.script;

import io.salescrm.catalog.api.script.CreateScriptCommand;
import io.salescrm.catalog.api.script.ScriptScopeKind;
import io.salescrm.catalog.api.script.ScriptStep;
import io.salescrm.catalog.api.script.ScriptStepKind;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test data for sales scripts: a three-step standard (greet, ask, objection) by default. */
public final class ScriptMother {

    public static final ScriptStep GREET = say("greet", "Good afternoon, this is {{manager.name}}.");
    public static final ScriptStep ASK = ask("needs", "What volume do you need per month?");
    public static final ScriptStep PRICE = objection("price", "It is too expensive.", "Compare the cost per year of use.");
    public static final List<ScriptStep> STANDARD = List.of(GREET, ASK, PRICE);

    private ScriptMother() {
    }

    public static ScriptStep say(String id, String text) {
        return new ScriptStep(id, ScriptStepKind.SAY, text, null);
    }

    public static ScriptStep ask(String id, String text) {
        return new ScriptStep(id, ScriptStepKind.ASK, text, null);
    }

    public static ScriptStep objection(String id, String text, String answer) {
        return new ScriptStep(id, ScriptStepKind.OBJECTION, text, answer);
    }

    public static CreateScriptCommand productScript(String id, String productId) {
        return new CreateScriptCommand(id, ScriptScopeKind.PRODUCT, productId, "Pump call", STANDARD);
    }

    /** A JSON step; {@code id} may be null for a new step. */
    public static Map<String, Object> step(String id, String kind, String text, String answer) {
        var step = new LinkedHashMap<String, Object>();
        step.put("stepId", id);
        step.put("kind", kind);
        step.put("text", text);
        step.put("answer", answer);
        return step;
    }

    /** A JSON body for POST /scripts with the standard steps (ids given, as an editor re-sending what he read would). */
    public static Map<String, Object> requestBody(String scopeKind, String scopeId) {
        var body = new LinkedHashMap<String, Object>();
        body.put("scopeKind", scopeKind);
        body.put("scopeId", scopeId);
        body.put("title", "Pump call");
        body.put("steps", json(STANDARD));
        return body;
    }

    /** A JSON body for PUT /scripts/{id} or PUT /scripts/{id}/personal/{employeeId}. */
    public static Map<String, Object> changeBody(long expectedVersion, List<ScriptStep> steps) {
        var body = new LinkedHashMap<String, Object>();
        body.put("expectedVersion", expectedVersion);
        body.put("title", "Pump call");
        body.put("steps", json(steps));
        return body;
    }

    public static List<Map<String, Object>> json(List<ScriptStep> steps) {
        return steps.stream().map(s -> step(s.stepId(), s.kind().name(), s.text(), s.answer())).toList();
    }
}
