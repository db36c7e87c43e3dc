package io.salescrm.pipeline.activity.command;

import io.salescrm.org.api.role.Action;
import io.salescrm.org.api.role.EntityType;
import io.salescrm.pipeline.api.activity.SubjectKind;
import io.salescrm.platform.access.AccessDeniedProblem;
import io.salescrm.platform.access.AccessPolicy;
import org.springframework.stereotype.Component;

/** {@link ActivityWriteAccess} by the role matrix: WRITE on the subject's entity type covering the responsible. */
@Component
public class AccessPolicyActivityWriteAccess implements ActivityWriteAccess {

    private final AccessPolicy access;

    public AccessPolicyActivityWriteAccess(AccessPolicy access) {
        this.access = access;
    }

    @Override
    public void requireWrite(String actorId, SubjectKind kind, String responsibleId) {
        EntityType entity = entityType(kind);
        if (!access.scopeFor(actorId, entity, Action.WRITE).covers(responsibleId, false)) {
            throw new AccessDeniedProblem(entity, Action.WRITE,
                    "Your roles do not allow changing activities of " + responsibleId + " on a " + entity + ".");
        }
    }

    public static EntityType entityType(SubjectKind kind) {
        return EntityType.valueOf(kind.name());
    }
}
