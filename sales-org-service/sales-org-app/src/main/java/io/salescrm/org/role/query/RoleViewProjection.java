package io.salescrm.org.role.query;

import io.salescrm.org.api.role.RoleAssignedEvent;
import io.salescrm.org.api.role.RoleDefinedEvent;
import io.salescrm.org.api.role.RoleDeletedEvent;
import io.salescrm.org.api.role.RolePermissionsChangedEvent;
import io.salescrm.org.api.role.RoleSubject;
import io.salescrm.org.api.role.RoleUnassignedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Locale;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Keeps {@code role_roles} and {@code role_assignments} up to date from the local event store. Every write is
 * keyed by id and applied only when the event's sequence number is newer than the document's {@code version}:
 * a redelivered or replayed event leaves the documents as they are. One tracking processor, one segment, so
 * each document has a single writer at a time.
 */
@Component
@ProcessingGroup(RoleViewProjection.PROCESSING_GROUP)
public class RoleViewProjection {

    public static final String PROCESSING_GROUP = "role-view";

    private final RoleViewRepository roles;
    private final RoleAssignmentRepository assignments;
    private final MongoTemplate mongo;

    public RoleViewProjection(RoleViewRepository roles, RoleAssignmentRepository assignments, MongoTemplate mongo) {
        this.roles = roles;
        this.assignments = assignments;
        this.mongo = mongo;
    }

    @EventHandler
    void on(RoleDefinedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (isNew(event.roleId(), sequence)) {
            roles.save(new RoleView(event.roleId(), event.name(), sortKey(event.name()), event.predefinedKey(),
                    event.permissions(), event.dealRules(), false, at, at, sequence));
        }
    }

    @EventHandler
    void on(RolePermissionsChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        roles.findById(event.roleId()).filter(role -> role.version() < sequence).ifPresent(role ->
                roles.save(new RoleView(role.id(), event.name(), sortKey(event.name()), role.predefinedKey(),
                        event.permissions(), event.dealRules(), role.deleted(), role.definedAt(), at, sequence)));
    }

    @EventHandler
    void on(RoleDeletedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        roles.findById(event.roleId()).filter(role -> role.version() < sequence).ifPresent(role ->
                roles.save(new RoleView(role.id(), role.name(), role.sortKey(), role.predefinedKey(),
                        role.permissions(), role.dealRules(), true, role.definedAt(), at, sequence)));
        mongo.updateMulti(query(where("roleId").is(event.roleId()).and("active").is(true).and("version").lt(sequence)),
                new Update().set("active", false).set("version", sequence), RoleAssignmentView.class);
    }

    @EventHandler
    void on(RoleAssignedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.roleId(), event.subjectType(), event.subjectId(), true, at, sequence);
    }

    @EventHandler
    void on(RoleUnassignedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.roleId(), event.subjectType(), event.subjectId(), false, at, sequence);
    }

    private void apply(String roleId, RoleSubject type, String subjectId, boolean active, Instant at, long sequence) {
        String id = RoleAssignmentView.idOf(roleId, type, subjectId);
        var existing = assignments.findById(id);
        if (existing.isPresent() && existing.get().version() >= sequence) {
            return;
        }
        Instant assignedAt = active ? at : existing.map(RoleAssignmentView::assignedAt).orElse(null);
        assignments.save(new RoleAssignmentView(id, roleId, type, subjectId, active, assignedAt, sequence));
    }

    private boolean isNew(String roleId, long sequence) {
        return roles.findById(roleId).map(role -> role.version() < sequence).orElse(true);
    }

    static String sortKey(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
