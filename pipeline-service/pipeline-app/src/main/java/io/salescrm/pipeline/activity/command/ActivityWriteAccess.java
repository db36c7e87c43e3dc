package io.salescrm.pipeline.activity.command;

import io.salescrm.pipeline.api.activity.SubjectKind;

/**
 * Decides whether an employee may change an activity. An activity inherits its rights from its subject's entity
 * type, judged on the activity's own responsible employee: changing an activity on a deal needs deal WRITE
 * covering the activity's responsible (see {@code AccessPolicyActivityWriteAccess}).
 */
public interface ActivityWriteAccess {

    /** Throws a 403 problem unless {@code actorId} may write activities on {@code kind} for {@code responsibleId}. */
    void requireWrite(String actorId, SubjectKind kind, String responsibleId);
}
