package io.salescrm.pipeline.api.activity;

import org.axonframework.serialization.Revision;

/** An activity was deleted (soft: its events stay; the aggregate takes no more commands). */
@Revision("1")
public record ActivityDeletedEvent(String activityId, SubjectKind subjectKind, String subjectId) {
}
