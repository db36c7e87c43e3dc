package io.salescrm.org.role.query;

import io.salescrm.org.api.role.RoleSubject;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * One (role, subject) pair in the read model {@code role_assignments}, keyed by {@link #idOf}. An ended
 * assignment stays as a tombstone ({@code active = false}); {@code version} is the sequence number of the role
 * event that last touched the pair, so redelivered or replayed events change nothing.
 */
@Document(RoleAssignmentView.COLLECTION)
public record RoleAssignmentView(
        @Id String id,
        @Indexed String roleId,
        RoleSubject subjectType,
        @Indexed String subjectId,
        boolean active,
        Instant assignedAt,
        long version) {

    public static final String COLLECTION = "role_assignments";

    public static String idOf(String roleId, RoleSubject subjectType, String subjectId) {
        return roleId + "|" + subjectType + "|" + subjectId;
    }
}
