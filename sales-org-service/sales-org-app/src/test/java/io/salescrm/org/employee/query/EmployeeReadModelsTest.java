package io.salescrm.org.employee.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.salescrm.org.api.employee.EmployeeDeactivatedEvent;
import io.salescrm.org.api.employee.EmployeeJoinedUnitEvent;
import io.salescrm.org.api.employee.EmployeeLeftUnitEvent;
import io.salescrm.org.api.employee.EmployeeMovedEvent;
import io.salescrm.org.api.employee.EmployeeReactivatedEvent;
import io.salescrm.org.api.role.PredefinedRoles;
import io.salescrm.org.api.role.RoleAssignedEvent;
import io.salescrm.org.api.role.RoleSubject;
import io.salescrm.org.api.role.RoleUnassignedEvent;
import io.salescrm.org.orgunit.command.UnitStaff.EmployeeStatus;
import io.salescrm.platform.test.EmbeddedInfrastructure;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Instant;
import java.util.UUID;

import static io.salescrm.org.employee.EmployeeMother.hired;
import static org.assertj.core.api.Assertions.assertThat;

/** The employee read models against the MongoDB wire server: redelivered and replayed events change nothing. */
class EmployeeReadModelsTest {

    private static final Instant T = Instant.parse("2026-03-01T10:15:30Z");

    private MongoClient client;
    private MongoTemplate mongo;
    private EmployeeViewProjection employees;
    private EmployeeQueries queries;
    private ActiveAdministratorsProjection admins;
    private ActiveAdministrators administrators;

    @BeforeEach
    void setUp() {
        client = MongoClients.create(EmbeddedInfrastructure.mongoUri());
        mongo = new MongoTemplate(client, "employees_" + UUID.randomUUID().toString().substring(0, 8));
        employees = new EmployeeViewProjection(mongo);
        queries = new EmployeeQueries(mongo);
        admins = new ActiveAdministratorsProjection(mongo);
        administrators = new ActiveAdministrators(mongo);
    }

    @AfterEach
    void tearDown() {
        mongo.getDb().drop();
        client.close();
    }

    @Test
    void replayingAnEmployeesEventsLeavesTheSameDocument() {
        employees.on(hired("e1", "sales"), 0, T);
        employees.on(new EmployeeJoinedUnitEvent("e1", "north"), 1);
        employees.on(new EmployeeJoinedUnitEvent("e1", "south"), 2);
        employees.on(new EmployeeMovedEvent("e1", "sales", "north"), 3);
        employees.on(new EmployeeLeftUnitEvent("e1", "south"), 4);
        employees.on(new EmployeeDeactivatedEvent("e1"), 5);
        EmployeeView settled = queries.find("e1").orElseThrow();
        assertThat(settled.unitIds()).containsExactly("north");
        assertThat(settled.primaryUnitId()).isEqualTo("north");
        assertThat(settled.active()).isFalse();
        assertThat(settled.version()).isEqualTo(5);

        // the whole history again, as a replay or a redelivery would bring it
        employees.on(hired("e1", "sales"), 0, T);
        employees.on(new EmployeeJoinedUnitEvent("e1", "north"), 1);
        employees.on(new EmployeeJoinedUnitEvent("e1", "south"), 2);
        employees.on(new EmployeeMovedEvent("e1", "sales", "north"), 3);
        employees.on(new EmployeeLeftUnitEvent("e1", "south"), 4);
        employees.on(new EmployeeReactivatedEvent("e1"), 4);
        assertThat(queries.find("e1")).contains(settled);
        assertThat(queries.employeeStatus("e1")).isEqualTo(EmployeeStatus.INACTIVE);
        assertThat(queries.hasActiveMembers("north")).isFalse();
    }

    @Test
    void membershipsAndSearch() {
        employees.on(hired("e1", "sales"), 0, T);
        employees.on(new EmployeeJoinedUnitEvent("e1", "north"), 1);
        employees.on(new EmployeeHired("e2", "john.smith", "John Smith", "north").event(), 0, T);

        assertThat(queries.hasActiveMembers("north")).isTrue();
        assertThat(queries.search("north", null, null, 0, 10).items()).extracting(EmployeeView::id).containsExactly("e1", "e2");
        assertThat(queries.search(null, true, "SMITH", 0, 10).items()).extracting(EmployeeView::id).containsExactly("e2");
        assertThat(queries.search(null, null, "ivan.p", 0, 10).items()).extracting(EmployeeView::id).containsExactly("e1");
        assertThat(queries.search(null, null, "iva.", 0, 10).totalItems()).isZero();
        assertThat(queries.search(null, null, null, 1, 1).items()).extracting(EmployeeView::id).containsExactly("e2");
        assertThat(queries.employeeStatus("nobody")).isEqualTo(EmployeeStatus.UNKNOWN);
    }

    @Test
    void administratorsFollowRoleAssignmentsAndDeactivationsInTheirOwnOrder() {
        admins.on(hired("a1", "hq"), employeeEvent("a1", 0, hired("a1", "hq")));
        admins.on(hired("a2", "hq"), employeeEvent("a2", 0, hired("a2", "hq")));
        RoleAssignedEvent a1Admin = new RoleAssignedEvent(PredefinedRoles.ADMINISTRATOR, RoleSubject.EMPLOYEE, "a1");
        RoleAssignedEvent a2Admin = new RoleAssignedEvent(PredefinedRoles.ADMINISTRATOR, RoleSubject.EMPLOYEE, "a2");
        RoleUnassignedEvent a2NoAdmin = new RoleUnassignedEvent(PredefinedRoles.ADMINISTRATOR, RoleSubject.EMPLOYEE, "a2");
        admins.on(a1Admin, roleEvent(1, a1Admin));
        admins.on(a2Admin, roleEvent(2, a2Admin));
        assertThat(administrators.count()).isEqualTo(2);
        assertThat(administrators.isLastActiveAdministrator("a1")).isFalse();

        admins.on(a2NoAdmin, roleEvent(3, a2NoAdmin));
        assertThat(administrators.isLastActiveAdministrator("a1")).isTrue();
        // a redelivered older assignment does not bring the role back
        admins.on(a2Admin, roleEvent(2, a2Admin));
        assertThat(administrators.isLastActiveAdministrator("a1")).isTrue();

        EmployeeDeactivatedEvent off = new EmployeeDeactivatedEvent("a1");
        admins.on(off, employeeEvent("a1", 1, off));
        assertThat(administrators.count()).isZero();
        admins.on(hired("a1", "hq"), employeeEvent("a1", 0, hired("a1", "hq")));
        assertThat(administrators.isActiveAdministrator("a1")).as("a replayed hiring does not reactivate").isFalse();

        // other roles and unit assignments are not administrators of employees
        RoleAssignedEvent manager = new RoleAssignedEvent(PredefinedRoles.MANAGER, RoleSubject.EMPLOYEE, "a2");
        RoleAssignedEvent unit = new RoleAssignedEvent(PredefinedRoles.ADMINISTRATOR, RoleSubject.UNIT, "a2");
        admins.on(manager, roleEvent(4, manager));
        admins.on(unit, roleEvent(5, unit));
        assertThat(administrators.isActiveAdministrator("a2")).isFalse();

        // an assignment published without an aggregate applies as it comes
        admins.on(a2Admin, GenericEventMessage.asEventMessage(a2Admin));
        assertThat(administrators.isLastActiveAdministrator("a2")).isTrue();
    }

    private static GenericDomainEventMessage<Object> employeeEvent(String id, long sequence, Object payload) {
        return new GenericDomainEventMessage<>("Employee", id, sequence, payload);
    }

    private static GenericDomainEventMessage<Object> roleEvent(long sequence, Object payload) {
        return new GenericDomainEventMessage<>("Role", PredefinedRoles.ADMINISTRATOR, sequence, payload);
    }

    private record EmployeeHired(String id, String login, String name, String unit) {
        io.salescrm.org.api.employee.EmployeeHiredEvent event() {
            return new io.salescrm.org.api.employee.EmployeeHiredEvent(id, login, name, login + "@example.com", null, unit);
        }
    }
}
