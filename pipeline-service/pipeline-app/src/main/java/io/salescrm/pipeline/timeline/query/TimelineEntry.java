package io.salescrm.pipeline.timeline.query;

import io.salescrm.pipeline.api.activity.SubjectKind;
import org.bson.Document;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;

import java.time.Instant;

/**
 * One line of an entity's timeline, collection {@code timeline_entries}, keyed by the id of the event it shows
 * (so a redelivered or replayed event writes the same line again); {@code position} is the event's place in
 * the event stream, ordering entries of the same instant. The shape is source-neutral: {@code source}
 * names the service whose event it is ("pipeline" now; billing's offers, invoices and payments later arrive as
 * entries with source "billing" on the deal or company they concern, through another processing group reading
 * the billing topic, without any change here). {@code payload} is a compact copy of the event's fields.
 */
@org.springframework.data.mongodb.core.mapping.Document(TimelineEntry.COLLECTION)
@CompoundIndex(name = "entity_newest_first", def = "{'entityKind': 1, 'entityId': 1, 'occurredAt': -1, 'position': -1}")
public record TimelineEntry(
        @Id String id,
        SubjectKind entityKind,
        String entityId,
        Instant occurredAt,
        long position,
        String source,
        TimelineCategory category,
        String eventType,
        String aggregateType,
        String aggregateId,
        String actorId,
        String summary,
        Document payload) {

    public static final String COLLECTION = "timeline_entries";
}
