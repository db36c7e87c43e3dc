package io.salescrm.org.role.query;

import io.salescrm.org.api.role.RoleAssignedEvent;
import io.salescrm.org.api.role.RoleDeletedEvent;
import io.salescrm.org.api.role.RolePermissionsChangedEvent;
import io.salescrm.org.api.role.RoleSubject;
import io.salescrm.org.api.role.RoleUnassignedEvent;
import io.salescrm.platform.test.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.List;

import static io.salescrm.org.role.RoleMother.defined;
import static io.salescrm.org.role.RoleMother.newId;
import static org.assertj.core.api.Assertions.assertThat;

/** Redelivered and replayed role events change nothing in the read models. */
@ServiceIntegrationTest
class RoleViewProjectionTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @Autowired
    RoleViewProjection projection;
    @Autowired
    RoleViewRepository roles;
    @Autowired
    RoleAssignmentRepository assignments;

    @Test
    void aRedeliveredOlderEventLeavesTheRoleAsItIs() {
        String id = newId();
        projection.on(defined(id), 0, T0);
        projection.on(new RolePermissionsChangedEvent(id, "Renamed", List.of(), List.of()), 1, T0.plusSeconds(1));

        projection.on(defined(id), 0, T0);
        projection.on(new RolePermissionsChangedEvent(id, "Renamed", List.of(), List.of()), 1, T0.plusSeconds(1));

        RoleView role = roles.findById(id).orElseThrow();
        assertThat(role.name()).isEqualTo("Renamed");
        assertThat(role.permissions()).isEmpty();
        assertThat(role.version()).isEqualTo(1);
        assertThat(role.definedAt()).isEqualTo(T0);
    }

    @Test
    void aReplayedAssignmentDoesNotUndoALaterUnassignment() {
        String id = newId();
        projection.on(defined(id), 0, T0);
        projection.on(new RoleAssignedEvent(id, RoleSubject.EMPLOYEE, "emp-1"), 1, T0);
        projection.on(new RoleUnassignedEvent(id, RoleSubject.EMPLOYEE, "emp-1"), 2, T0);

        projection.on(new RoleAssignedEvent(id, RoleSubject.EMPLOYEE, "emp-1"), 1, T0);

        RoleAssignmentView assignment = assignments.findById(RoleAssignmentView.idOf(id, RoleSubject.EMPLOYEE, "emp-1")).orElseThrow();
        assertThat(assignment.active()).isFalse();
        assertThat(assignment.version()).isEqualTo(2);
    }

    @Test
    void aDeletedRoleStaysDeletedAndItsAssignmentsEnded() {
        String id = newId();
        projection.on(defined(id), 0, T0);
        projection.on(new RoleAssignedEvent(id, RoleSubject.UNIT, "unit-1"), 1, T0);
        projection.on(new RoleDeletedEvent(id), 2, T0);

        projection.on(defined(id), 0, T0);
        projection.on(new RoleAssignedEvent(id, RoleSubject.UNIT, "unit-1"), 1, T0);

        assertThat(roles.findExisting(id)).isEmpty();
        assertThat(assignments.findById(RoleAssignmentView.idOf(id, RoleSubject.UNIT, "unit-1")).orElseThrow().active()).isFalse();
    }
}
