package io.salescrm.pipeline.timeline.query;

import io.salescrm.pipeline.api.activity.SubjectKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Who may read an entity's timeline: the entity's responsible employee and open flag as its own events last said
 * ({@code version} = the sequence number of that event), kept by the timeline itself so it reads no other
 * feature's collection. Collection {@code timeline_subjects}, keyed "KIND:id".
 */
@Document(TimelineSubject.COLLECTION)
public record TimelineSubject(@Id String key, SubjectKind kind, String entityId, String responsibleId, boolean open, long version) {

    public static final String COLLECTION = "timeline_subjects";

    public static String key(SubjectKind kind, String entityId) {
        return kind.name() + ":" + entityId;
    }
}
