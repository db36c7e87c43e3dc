package io.salescrm.pipeline.api.activity;

import org.axonframework.serialization.Revision;

/** An activity moved from a merged record to the record that survived the merge. */
@Revision("1")
public record ActivityMovedEvent(
        String activityId,
        SubjectKind subjectKind,
        String fromSubjectId,
        String toSubjectId) {
}
