package io.salescrm.pipeline.api.activity;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** An activity was done at {@code doneAt}, with an optional {@code result} note. */
@Revision("1")
public record ActivityDoneEvent(
        String activityId,
        SubjectKind subjectKind,
        String subjectId,
        String responsibleId,
        Instant doneAt,
        String result) {
}
