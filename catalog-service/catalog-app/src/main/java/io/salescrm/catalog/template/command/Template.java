package io.salescrm.catalog.template.command;

import io.salescrm.catalog.api.template.ChangeTemplateCommand;
import io.salescrm.catalog.api.template.CreateTemplateCommand;
import io.salescrm.catalog.api.template.TemplateChangedEvent;
import io.salescrm.catalog.api.template.TemplateCreatedEvent;
import io.salescrm.catalog.api.template.TemplateKind;
import io.salescrm.catalog.api.template.render.TemplateProblem;
import io.salescrm.catalog.api.template.render.TemplateText;
import io.salescrm.platform.access.ActorPropagation;
import io.salescrm.platform.rules.ConflictException;
import io.salescrm.platform.rules.InvalidFieldException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An offer or letter template. Every saved change is a new version carrying the full text; a text with unknown
 * placeholders or bad syntax is never saved.
 */
@Aggregate
public class Template {

    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_SUBJECT_LENGTH = 500;
    static final int MAX_BODY_LENGTH = 50_000;

    @AggregateIdentifier
    private String templateId;
    private TemplateKind kind;
    private long version;
    private String name;
    private String subject;
    private String body;

    protected Template() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    public Template(CreateTemplateCommand command, @MetaDataValue(ActorPropagation.METADATA_KEY) String actorId) {
        if (command.kind() == null) {
            throw new InvalidFieldException("kind", "must be OFFER or LETTER");
        }
        requireValidContent(command.name(), command.subject(), command.body());
        apply(new TemplateCreatedEvent(command.templateId(), command.kind(), command.name().strip(),
                subjectOf(command.subject()), command.body(), 1, GenericEventMessage.clock.instant(), actorId));
    }

    /** Returns the template's version after the change. */
    @CommandHandler
    public long handle(ChangeTemplateCommand command, @MetaDataValue(ActorPropagation.METADATA_KEY) String actorId) {
        if (command.expectedVersion() != version) {
            throw new ConflictException("stale-template-version", "The template is at version " + version
                    + ", not " + command.expectedVersion() + "; reload it and apply your change again.");
        }
        requireValidContent(command.name(), command.subject(), command.body());
        String newName = command.name().strip();
        String newSubject = subjectOf(command.subject());
        if (newName.equals(name) && newSubject.equals(subject) && command.body().equals(body)) {
            return version; // nothing changed: no new version
        }
        apply(new TemplateChangedEvent(templateId, kind, newName, newSubject, command.body(), version + 1,
                GenericEventMessage.clock.instant(), actorId));
        return version;
    }

    @EventSourcingHandler
    void on(TemplateCreatedEvent event) {
        templateId = event.templateId();
        kind = event.kind();
        remember(event.version(), event.name(), event.subject(), event.body());
    }

    @EventSourcingHandler
    void on(TemplateChangedEvent event) {
        remember(event.version(), event.name(), event.subject(), event.body());
    }

    private void remember(long version, String name, String subject, String body) {
        this.version = version;
        this.name = name;
        this.subject = subject;
        this.body = body;
    }

    private static String subjectOf(String subject) {
        return Objects.requireNonNullElse(subject, "").strip();
    }

    private static void requireValidContent(String name, String subject, String body) {
        if (name == null || name.isBlank()) {
            throw new InvalidFieldException("name", "must not be blank");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InvalidFieldException("name", "must be at most " + MAX_NAME_LENGTH + " characters");
        }
        if (subject != null && subject.length() > MAX_SUBJECT_LENGTH) {
            throw new InvalidFieldException("subject", "must be at most " + MAX_SUBJECT_LENGTH + " characters");
        }
        if (body == null || body.isBlank()) {
            throw new InvalidFieldException("body", "must not be blank");
        }
        if (body.length() > MAX_BODY_LENGTH) {
            throw new InvalidFieldException("body", "must be at most " + MAX_BODY_LENGTH + " characters");
        }
        Map<String, List<TemplateProblem>> problems = new LinkedHashMap<>();
        List<TemplateProblem> inSubject = TemplateText.problems(subject);
        List<TemplateProblem> inBody = TemplateText.problems(body);
        if (!inSubject.isEmpty()) {
            problems.put("subject", inSubject);
        }
        if (!inBody.isEmpty()) {
            problems.put("body", inBody);
        }
        if (!problems.isEmpty()) {
            throw new InvalidTemplateException(problems);
        }
    }
}
