package io.salescrm.pipeline.activity.query;

import io.salescrm.pipeline.api.activity.ActivityType;
import io.salescrm.pipeline.api.activity.SubjectKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * The read model of an activity, collection {@code activities}. Access filters it by {@code subjectKind} (the
 * entity type whose rights apply) and {@code responsibleId}; deleted activities are removed. {@code version} is
 * the sequence number of the last event applied, so a redelivered or replayed event changes nothing.
 */
@Document(ActivityView.COLLECTION)
@CompoundIndex(name = "subject", def = "{'subjectKind': 1, 'subjectId': 1, 'createdAt': -1}")
public record ActivityView(
        @Id String id,
        SubjectKind subjectKind,
        @Indexed String subjectId,
        ActivityType type,
        String subject,
        String description,
        @Indexed Instant dueAt,
        Integer durationMinutes,
        @Indexed String responsibleId,
        boolean done,
        Instant doneAt,
        String result,
        @Indexed Instant createdAt,
        long version) {

    public static final String COLLECTION = "activities";
}
