package io.salescrm.pipeline.api.activity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Moves an activity from a record merged away ({@code fromSubjectId}) to the record that survived the merge
 * ({@code toSubjectId}, of the same kind). Sent by the service itself when it sees a merge; an activity that is
 * not (or no longer) on {@code fromSubjectId} records nothing, so a redelivered merge moves nothing twice.
 */
public record MoveActivityCommand(
        @TargetAggregateIdentifier String activityId,
        SubjectKind subjectKind,
        String fromSubjectId,
        String toSubjectId) {
}
