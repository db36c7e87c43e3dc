package io.salescrm.org.role.query;

import io.salescrm.org.api.role.DealStageRule;
import io.salescrm.org.api.role.Permission;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * One role as the read model {@code role_roles} shows it. A deleted role stays as a tombstone
 * ({@code deleted = true}) so that a redelivered older event cannot bring it back; {@code version} is the
 * sequence number of the role's last event applied here.
 */
@Document(RoleView.COLLECTION)
public record RoleView(
        @Id String id,
        String name,
        @Indexed String sortKey,
        String predefinedKey,
        List<Permission> permissions,
        List<DealStageRule> dealRules,
        boolean deleted,
        Instant definedAt,
        Instant changedAt,
        long version) {

    public static final String COLLECTION = "role_roles";
}
