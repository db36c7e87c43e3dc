package io.salescrm.org.employee.query;

import io.salescrm.org.api.employee.EmployeeDeactivatedEvent;
import io.salescrm.org.api.employee.EmployeeHiredEvent;
import io.salescrm.org.api.employee.EmployeeReactivatedEvent;
import io.salescrm.org.api.role.PredefinedRoles;
import io.salescrm.org.api.role.RoleAssignedEvent;
import io.salescrm.org.api.role.RoleSubject;
import io.salescrm.org.api.role.RoleUnassignedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Builds {@code employee_admins} from the Administrator role's assignments to employees and from hirings,
 * deactivations and reactivations. Each fact is guarded by the sequence number of its own aggregate, so a
 * redelivered or replayed event changes nothing; events published without an aggregate (no aggregate type; the
 * event store gives them sequence number 0) are applied as they come, which the plain "set" updates make harmless.
 */
@Component
@ProcessingGroup(ActiveAdministratorsProjection.GROUP)
public class ActiveAdministratorsProjection {

    public static final String GROUP = "employee-admins";

    private final MongoTemplate mongo;

    public ActiveAdministratorsProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(RoleAssignedEvent event, EventMessage<?> message) {
        if (concernsAdministratorEmployee(event.roleId(), event.subjectType())) {
            apply(event.subjectId(), "roleVersion", message, new Update().set("administrator", true));
        }
    }

    @EventHandler
    void on(RoleUnassignedEvent event, EventMessage<?> message) {
        if (concernsAdministratorEmployee(event.roleId(), event.subjectType())) {
            apply(event.subjectId(), "roleVersion", message, new Update().set("administrator", false));
        }
    }

    @EventHandler
    void on(EmployeeHiredEvent event, EventMessage<?> message) {
        apply(event.employeeId(), "employeeVersion", message, new Update().set("active", true));
    }

    @EventHandler
    void on(EmployeeDeactivatedEvent event, EventMessage<?> message) {
        apply(event.employeeId(), "employeeVersion", message, new Update().set("active", false));
    }

    @EventHandler
    void on(EmployeeReactivatedEvent event, EventMessage<?> message) {
        apply(event.employeeId(), "employeeVersion", message, new Update().set("active", true));
    }

    private static boolean concernsAdministratorEmployee(String roleId, RoleSubject subjectType) {
        return PredefinedRoles.ADMINISTRATOR.equals(roleId) && subjectType == RoleSubject.EMPLOYEE;
    }

    private void apply(String employeeId, String versionField, EventMessage<?> message, Update update) {
        if (employeeId == null) {
            return;
        }
        if (!mongo.exists(query(where("_id").is(employeeId)), AdministratorView.class)) {
            try {
                mongo.insert(new AdministratorView(employeeId, false, false, -1, -1));
            } catch (DuplicateKeyException inserted) {
                // by an earlier delivery
            }
        }
        Criteria target = where("_id").is(employeeId);
        if (message instanceof DomainEventMessage<?> domainEvent && domainEvent.getType() != null) {
            target = target.and(versionField).lt(domainEvent.getSequenceNumber());
            update.set(versionField, domainEvent.getSequenceNumber());
        }
        mongo.updateFirst(query(target), update, AdministratorView.class);
    }
}
