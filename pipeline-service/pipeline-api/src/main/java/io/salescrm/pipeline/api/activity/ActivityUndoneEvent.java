package io.salescrm.pipeline.api.activity;

import org.axonframework.serialization.Revision;

/** A done activity was reopened: it is due again and its done time and result are cleared. */
@Revision("1")
public record ActivityUndoneEvent(String activityId, SubjectKind subjectKind, String subjectId) {
}
