package io.salescrm.catalog.contract;

import io.salescrm.catalog.api.quiz.QuestionResult;
import io.salescrm.catalog.api.quiz.QuizAnsweredEvent;
import io.salescrm.catalog.api.quiz.QuizGeneratedEvent;
import io.salescrm.catalog.api.quiz.QuizQuestion;
import io.salescrm.catalog.api.script.PersonalScriptDerivedEvent;
import io.salescrm.catalog.api.script.PersonalScriptEditedEvent;
import io.salescrm.catalog.api.script.PersonalScriptRebasedEvent;
import io.salescrm.catalog.api.script.ScriptConflict;
import io.salescrm.catalog.api.script.ScriptCreatedEvent;
import io.salescrm.catalog.api.script.ScriptRevisedEvent;
import io.salescrm.catalog.api.script.ScriptScopeKind;
import io.salescrm.catalog.api.script.ScriptStep;
import io.salescrm.catalog.api.script.ScriptStepKind;
import io.salescrm.catalog.api.template.TemplateChangedEvent;
import io.salescrm.catalog.api.template.TemplateCreatedEvent;
import io.salescrm.catalog.api.template.TemplateKind;

import java.time.Instant;
import java.util.List;

/** One sample of every template, script and quiz event, matching the fixtures in {@code /contracts}. */
final class ContentEventSamples {

    private static final Instant AT = Instant.parse("2026-03-01T10:15:30Z");
    private static final ScriptStep GREET = new ScriptStep("greet", ScriptStepKind.SAY, "Good afternoon!", null);
    private static final ScriptStep PRICE = new ScriptStep("price", ScriptStepKind.OBJECTION, "Too expensive.", "Count the years of use.");
    private static final ScriptStep MY_GREET = new ScriptStep("greet", ScriptStepKind.SAY, "Hi, Oleg here.", null);
    private static final ScriptStep NEW_GREET = new ScriptStep("greet", ScriptStepKind.SAY, "Good morning!", null);
    private static final QuizQuestion QUESTION = new QuizQuestion("q1", "product-1", "Pump P-100", "property-1",
            "What is the colour of Pump P-100?", List.of("red", "green", "blue", "black"), 2);

    static final List<Object> ALL = List.of(
            new TemplateCreatedEvent("template-1", TemplateKind.OFFER, "Standard offer", "Offer for {{client.name}}",
                    "{{#products}}{{product.name}}: {{product.price}}\n{{/products}}", 1, AT, "editor-1"),
            new TemplateChangedEvent("template-1", TemplateKind.OFFER, "Standard offer", "Offer for {{client.name}}",
                    "Dear {{client.contactName}}", 2, AT, "editor-1"),
            new ScriptCreatedEvent("script-1", ScriptScopeKind.PRODUCT, "product-1", "Pump call", List.of(GREET, PRICE), 1, AT, "editor-1"),
            new ScriptRevisedEvent("script-1", "Pump call", List.of(NEW_GREET, PRICE), 2, AT, "editor-1"),
            new PersonalScriptDerivedEvent("script-1~emp-1", "script-1", "emp-1", 1, List.of(GREET, PRICE), "Pump call",
                    List.of(GREET, PRICE), 1, AT),
            new PersonalScriptEditedEvent("script-1~emp-1", "script-1", "emp-1", 1, "Pump call", List.of(MY_GREET, PRICE), 2, AT),
            new PersonalScriptRebasedEvent("script-1~emp-1", "script-1", "emp-1", 2, List.of(NEW_GREET, PRICE), "Pump call",
                    List.of(MY_GREET, PRICE), List.of(new ScriptConflict("greet", ScriptConflict.Reason.BOTH_CHANGED, NEW_GREET, MY_GREET)),
                    3, AT),
            new QuizGeneratedEvent("quiz-1", "Pumps", 42, List.of(QUESTION), AT, "head-1"),
            new QuizAnsweredEvent("quiz-1", "attempt-1", "emp-1", List.of(new QuestionResult("q1", "product-1", 2, 2, true)), 1, 1, AT));

    private ContentEventSamples() {
    }
}
