package io.salescrm.catalog.template.command;

import io.salescrm.catalog.api.template.ChangeTemplateCommand;
import io.salescrm.catalog.api.template.CreateTemplateCommand;
import io.salescrm.catalog.api.template.TemplateChangedEvent;
import io.salescrm.catalog.api.template.TemplateCreatedEvent;
import io.salescrm.catalog.api.template.TemplateKind;
import io.salescrm.platform.rules.ConflictException;
import io.salescrm.platform.rules.InvalidFieldException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.salescrm.catalog.template.TemplateMother.BODY;
import static io.salescrm.catalog.template.TemplateMother.NAME;
import static io.salescrm.catalog.template.TemplateMother.SUBJECT;
import static io.salescrm.catalog.template.TemplateMother.offer;

class TemplateTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");
    private static final Map<String, String> BY_EDITOR = Map.of("actorId", "editor-1");

    private FixtureConfiguration<Template> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Template.class);
    }

    @Test
    void aNewTemplateIsVersionOneWithItsFullText() {
        fixture.givenCurrentTime(NOW)
                .when(offer("t-1"), BY_EDITOR)
                .expectEvents(created());
    }

    @Test
    void aTemplateWithUnknownPlaceholdersIsRefusedNamingFieldAndPosition() {
        fixture.givenCurrentTime(NOW)
                .when(new CreateTemplateCommand("t-1", TemplateKind.LETTER, NAME, "Hi {{client.nmae}}", "{{#products}}{{product.colour}}"), BY_EDITOR)
                .expectNoEvents()
                .expectException(Matchers.predicate(e -> e instanceof InvalidTemplateException invalid && invalid.errors().equals(List.of(
                        new InvalidTemplateException.FieldTemplateProblem("subject", "unknown placeholder 'client.nmae'", "client.nmae", 3, 1, 4),
                        new InvalidTemplateException.FieldTemplateProblem("body", "unknown placeholder 'product.colour'", "product.colour", 13, 1, 14),
                        new InvalidTemplateException.FieldTemplateProblem("body", "section 'products' is never closed", "products", 0, 1, 1)))));
    }

    @Test
    void aTemplateNeedsAKindANameAndABody() {
        fixture.givenNoPriorActivity().when(new CreateTemplateCommand("t-1", null, NAME, SUBJECT, BODY), BY_EDITOR)
                .expectException(InvalidFieldException.class).expectNoEvents();
        fixture.givenNoPriorActivity().when(new CreateTemplateCommand("t-1", TemplateKind.OFFER, " ", SUBJECT, BODY), BY_EDITOR)
                .expectException(InvalidFieldException.class).expectNoEvents();
        fixture.givenNoPriorActivity().when(new CreateTemplateCommand("t-1", TemplateKind.OFFER, NAME, SUBJECT, ""), BY_EDITOR)
                .expectException(InvalidFieldException.class).expectNoEvents();
        fixture.givenNoPriorActivity().when(new CreateTemplateCommand("t-1", TemplateKind.OFFER, NAME, SUBJECT, "x".repeat(Template.MAX_BODY_LENGTH + 1)), BY_EDITOR)
                .expectException(InvalidFieldException.class).expectNoEvents();
    }

    @Test
    void eachChangeIsTheNextVersionWithTheFullText() {
        fixture.given(created())
                .andGivenCurrentTime(NOW)
                .when(new ChangeTemplateCommand("t-1", 1, "Offer v2", SUBJECT, "Hello {{client.name}}"), BY_EDITOR)
                .expectResultMessagePayload(2L)
                .expectEvents(new TemplateChangedEvent("t-1", TemplateKind.OFFER, "Offer v2", SUBJECT, "Hello {{client.name}}",
                        2, NOW, "editor-1"));
    }

    @Test
    void savingTheSameTextAgainMakesNoVersion() {
        fixture.given(created())
                .when(new ChangeTemplateCommand("t-1", 1, NAME, SUBJECT, BODY), BY_EDITOR)
                .expectResultMessagePayload(1L)
                .expectNoEvents();
    }

    @Test
    void aChangeStartedFromAnOlderVersionIsAConflict() {
        fixture.given(created(), new TemplateChangedEvent("t-1", TemplateKind.OFFER, NAME, SUBJECT, "v2", 2, NOW, "editor-2"))
                .when(new ChangeTemplateCommand("t-1", 1, NAME, SUBJECT, "my v2"), BY_EDITOR)
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void aChangeWithBadSyntaxIsRefused() {
        fixture.given(created())
                .when(new ChangeTemplateCommand("t-1", 1, NAME, SUBJECT, "{{/products}}"), BY_EDITOR)
                .expectException(InvalidTemplateException.class)
                .expectNoEvents();
    }

    private static TemplateCreatedEvent created() {
        return new TemplateCreatedEvent("t-1", TemplateKind.OFFER, NAME, SUBJECT, BODY, 1, NOW, "editor-1");
    }
}
