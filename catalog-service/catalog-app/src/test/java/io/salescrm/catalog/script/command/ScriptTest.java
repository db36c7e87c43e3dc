package io.salescrm.catalog.script.command;

import io.salescrm.catalog.InMemoryCatalog;
import io.salescrm.catalog.api.script.CreateScriptCommand;
import io.salescrm.catalog.api.script.ReviseScriptCommand;
import io.salescrm.catalog.api.script.ScriptCreatedEvent;
import io.salescrm.catalog.api.script.ScriptRevisedEvent;
import io.salescrm.catalog.api.script.ScriptScopeKind;
import io.salescrm.catalog.api.script.ScriptStep;
import io.salescrm.catalog.api.script.ScriptStepKind;
import io.salescrm.catalog.reference.CatalogReferences;
import io.salescrm.platform.rules.ConflictException;
import io.salescrm.platform.rules.InvalidFieldException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.salescrm.catalog.script.ScriptMother.ASK;
import static io.salescrm.catalog.script.ScriptMother.GREET;
import static io.salescrm.catalog.script.ScriptMother.STANDARD;
import static io.salescrm.catalog.script.ScriptMother.productScript;
import static io.salescrm.catalog.script.ScriptMother.say;

class ScriptTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");
    private static final Map<String, String> BY_EDITOR = Map.of("actorId", "editor-1");

    private FixtureConfiguration<Script> fixture;
    private InMemoryScriptScopes scopes;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Script.class);
        scopes = new InMemoryScriptScopes();
        fixture.registerInjectableResource(scopes);
        fixture.registerInjectableResource(new InMemoryCatalog().product("product-1", true).product("product-9", true)
                .section("section-1", CatalogReferences.SectionStatus.ACTIVE));
    }

    @Test
    void aStandardScriptIsVersionOneWithItsSteps() {
        fixture.givenCurrentTime(NOW)
                .when(productScript("s-1", "product-1"), BY_EDITOR)
                .expectEvents(created());
    }

    @Test
    void aScopeHasOneStandardScript() {
        scopes.claim(ScriptScopeKind.PRODUCT, "product-1", "s-0");
        fixture.givenNoPriorActivity()
                .when(productScript("s-1", "product-1"), BY_EDITOR)
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void stepsFollowTheRules() {
        refused(List.of(), "steps");
        refused(List.of(GREET, new ScriptStep("greet", ScriptStepKind.ASK, "Again?", null)), "steps[1].stepId");
        refused(List.of(new ScriptStep("o", ScriptStepKind.OBJECTION, "Too expensive", " ")), "steps[0].answer");
        refused(List.of(new ScriptStep("a", ScriptStepKind.SAY, "Hello", "an answer")), "steps[0].answer");
        refused(List.of(new ScriptStep("a b", ScriptStepKind.SAY, "Hello", null)), "steps[0].stepId");
        refused(List.of(new ScriptStep("a", null, "Hello", null)), "steps[0].kind");
        refused(List.of(say("a", "x".repeat(ScriptSteps.MAX_TEXT_LENGTH + 1))), "steps[0].text");
    }

    @Test
    void aProductOrSectionScopeMustBeInTheCatalogAPipelineStageIsTakenAsGiven() {
        fixture.givenNoPriorActivity()
                .when(productScript("s-1", "no-such-product"), BY_EDITOR)
                .expectException(InvalidFieldException.class).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new CreateScriptCommand("s-1", ScriptScopeKind.SECTION, "no-such-section", "Call", STANDARD), BY_EDITOR)
                .expectException(InvalidFieldException.class).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new CreateScriptCommand("s-1", ScriptScopeKind.SECTION, "section-1", "Call", STANDARD), BY_EDITOR)
                .expectSuccessfulHandlerExecution();
        fixture.givenNoPriorActivity()
                .when(new CreateScriptCommand("s-2", ScriptScopeKind.PIPELINE_STAGE, "stage-7", "Call", STANDARD), BY_EDITOR)
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aScopeIsNeeded() {
        fixture.givenNoPriorActivity()
                .when(new CreateScriptCommand("s-1", null, "p", "Call", STANDARD), BY_EDITOR)
                .expectException(InvalidFieldException.class).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new CreateScriptCommand("s-1", ScriptScopeKind.SECTION, "", "Call", STANDARD), BY_EDITOR)
                .expectException(InvalidFieldException.class).expectNoEvents();
    }

    @Test
    void aRevisionIsTheNextStandardVersion() {
        List<ScriptStep> revised = List.of(ASK, GREET);
        fixture.given(created())
                .andGivenCurrentTime(NOW)
                .when(new ReviseScriptCommand("s-1", 1, "Pump call", revised), BY_EDITOR)
                .expectResultMessagePayload(2L)
                .expectEvents(new ScriptRevisedEvent("s-1", "Pump call", revised, 2, NOW, "editor-1"));
    }

    @Test
    void anUnchangedRevisionMakesNoVersion() {
        fixture.given(created())
                .when(new ReviseScriptCommand("s-1", 1, "Pump call", STANDARD), BY_EDITOR)
                .expectResultMessagePayload(1L)
                .expectNoEvents();
    }

    @Test
    void aRevisionFromAnOlderVersionIsAConflict() {
        fixture.given(created(), new ScriptRevisedEvent("s-1", "Pump call", List.of(GREET), 2, NOW, "editor-2"))
                .when(new ReviseScriptCommand("s-1", 1, "Pump call", List.of(ASK)), BY_EDITOR)
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    private void refused(List<ScriptStep> steps, String field) {
        fixture.givenNoPriorActivity()
                .when(new CreateScriptCommand("s-1", ScriptScopeKind.PRODUCT, "product-9", "Call", steps), BY_EDITOR)
                .expectException(InvalidFieldException.class)
                .expectException(org.axonframework.test.matchers.Matchers.predicate(
                        e -> ((InvalidFieldException) e).field().equals(field)))
                .expectNoEvents();
    }

    private static ScriptCreatedEvent created() {
        return new ScriptCreatedEvent("s-1", ScriptScopeKind.PRODUCT, "product-1", "Pump call", STANDARD, 1, NOW, "editor-1");
    }
}
