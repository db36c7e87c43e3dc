package io.salescrm.pipeline.timeline.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.salescrm.pipeline.api.activity.SubjectKind;
import io.salescrm.platform.access.ActorPropagation;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Optional;

/**
 * Writes one timeline entry per event of the service's aggregates, whatever its type: entries of a lead, contact,
 * company or deal go to that entity's timeline; activity events go to the timeline of the activity's subject
 * (a moved activity's move to the survivor's). Entries are keyed by event id, so redelivery and replay write the
 * same entry again. The entity's own events that carry {@code responsibleId} or {@code open} also update who may
 * read its timeline ({@link TimelineSubject}), applied only when newer than what is stored.
 */
@Component
@ProcessingGroup("timeline")
public class TimelineProjection {

    static final String SOURCE = "pipeline";
    private static final int MAX_TEXT_LENGTH = 500;
    private static final int MAX_ARRAY_ITEMS = 50;

    private final MongoTemplate mongo;
    private final ObjectMapper json;
    private final TimelineSummaries summaries;

    public TimelineProjection(MongoTemplate mongo, ObjectMapper json, TimelineSummaries summaries) {
        this.mongo = mongo;
        this.json = json;
        this.summaries = summaries;
    }

    @EventHandler
    void on(Object payload, DomainEventMessage<?> event, TrackingToken token) throws Exception {
        JsonNode fields = json.valueToTree(payload);
        Optional<SubjectKind> ownKind = kindOfAggregate(event.getType());
        SubjectKind kind;
        String entityId;
        if (ownKind.isPresent()) {
            kind = ownKind.get();
            entityId = event.getAggregateIdentifier();
            updateSubject(kind, entityId, fields, event.getSequenceNumber());
        } else if (fields.hasNonNull("subjectKind") && (fields.hasNonNull("subjectId") || fields.hasNonNull("toSubjectId"))) {
            kind = SubjectKind.valueOf(fields.get("subjectKind").asText());
            entityId = fields.hasNonNull("toSubjectId") ? fields.get("toSubjectId").asText() : fields.get("subjectId").asText();
        } else {
            return;
        }
        String eventType = event.getPayloadType().getSimpleName();
        Object actor = event.getMetaData().get(ActorPropagation.METADATA_KEY);
        mongo.save(new TimelineEntry(event.getIdentifier(), kind, entityId, event.getTimestamp(),
                token == null ? event.getSequenceNumber() : token.position().orElse(event.getSequenceNumber()), SOURCE,
                TimelineCategory.of(eventType), eventType, event.getType(), event.getAggregateIdentifier(),
                actor == null ? null : actor.toString(), summaries.summarise(eventType, fields),
                Document.parse(json.writeValueAsString(compact(fields)))));
    }

    private void updateSubject(SubjectKind kind, String entityId, JsonNode fields, long sequence) {
        boolean saysResponsible = fields.has("responsibleId");
        boolean saysOpen = fields.path("open").isBoolean();
        String key = TimelineSubject.key(kind, entityId);
        TimelineSubject known = mongo.findById(key, TimelineSubject.class);
        if (known != null && (known.version() >= sequence || !(saysResponsible || saysOpen))) {
            return;
        }
        String responsible = saysResponsible ? fields.path("responsibleId").textValue() : known == null ? null : known.responsibleId();
        boolean open = saysOpen ? fields.get("open").booleanValue() : known != null && known.open();
        mongo.save(new TimelineSubject(key, kind, entityId, responsible, open, sequence));
    }

    private static Optional<SubjectKind> kindOfAggregate(String aggregateType) {
        return Arrays.stream(SubjectKind.values()).filter(k -> k.aggregateType().equals(aggregateType)).findFirst();
    }

    /** The payload with long texts cut and long arrays shortened, so an entry stays small. */
    static JsonNode compact(JsonNode node) {
        if (node.isTextual() && node.textValue().length() > MAX_TEXT_LENGTH) {
            return JsonNodeFactory.instance.textNode(node.textValue().substring(0, MAX_TEXT_LENGTH - 1) + "…");
        }
        if (node.isArray()) {
            ArrayNode shortened = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < Math.min(node.size(), MAX_ARRAY_ITEMS); i++) {
                shortened.add(compact(node.get(i)));
            }
            return shortened;
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            node.fields().forEachRemaining(field -> copy.set(field.getKey(), compact(field.getValue())));
            return copy;
        }
        return node;
    }
}
