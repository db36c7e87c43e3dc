package io.salescrm.org.employee.command;

import io.salescrm.org.api.employee.DeactivateEmployeeCommand;
import io.salescrm.org.api.employee.HireEmployeeCommand;
import io.salescrm.org.api.employee.InitialAdministrator;
import io.salescrm.org.api.employee.ReactivateEmployeeCommand;
import io.salescrm.org.orgunit.command.NotFoundException;
import io.salescrm.platform.rules.ConflictException;
import io.salescrm.platform.rules.InvalidFieldException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * The employee commands that also touch credentials. Each runs in one database transaction together with the
 * command (the event store is in the same database, and Axon joins the surrounding transaction), so either the
 * events and the credentials row change together or neither does: a duplicate login leaves no event behind, a
 * refused hiring leaves no credentials row, and the {@code active} flag sign-in reads always agrees with the
 * events.
 */
@Component
public class EmployeeAccounts {

    /** What a hiring needs besides the id and the password. */
    public record NewEmployee(String login, String fullName, String email, String position, String primaryUnitId) {
    }

    private static final Pattern LOGIN = Pattern.compile(Employee.LOGIN_PATTERN);

    private final CommandGateway commands;
    private final EmployeeCredentials credentials;
    private final TransactionTemplate transaction;

    public EmployeeAccounts(CommandGateway commands, EmployeeCredentials credentials, PlatformTransactionManager transactionManager) {
        this.commands = commands;
        this.credentials = credentials;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /**
     * Hires an employee under {@code employeeId} with a password of at least 8 characters (400 naming
     * {@code password} otherwise). A login already taken is a 409 and leaves nothing behind.
     */
    public void hire(String employeeId, NewEmployee employee, String password) {
        if (!EmployeeCredentials.isAcceptable(password)) {
            throw new InvalidFieldException("password", "must be at least " + EmployeeCredentials.MIN_PASSWORD_LENGTH
                    + " characters and at most " + EmployeeCredentials.MAX_PASSWORD_BYTES + " bytes");
        }
        create(employeeId, employee, credentials.hash(password));
    }

    /**
     * Hires the initial administrator into the company. Its password comes from configuration and is exempt from
     * the length rule (the embedded default is {@code admin}); it should be changed after the first sign-in.
     */
    public void hireInitialAdministrator(String companyUnitId, String password, String fullName, String email) {
        if (password == null || password.isEmpty()) {
            throw new IllegalStateException("the initial administrator's password (CRM_ADMIN_PASSWORD) must not be empty");
        }
        create(InitialAdministrator.EMPLOYEE_ID,
                new NewEmployee(InitialAdministrator.LOGIN, fullName, email, "Administrator", companyUnitId),
                credentials.hash(password));
    }

    public void deactivate(String employeeId) {
        transaction.executeWithoutResult(status -> {
            commands.sendAndWait(new DeactivateEmployeeCommand(employeeId));
            credentials.setActive(employeeId, false);
        });
    }

    public void reactivate(String employeeId) {
        transaction.executeWithoutResult(status -> {
            commands.sendAndWait(new ReactivateEmployeeCommand(employeeId));
            credentials.setActive(employeeId, true);
        });
    }

    /**
     * Sets a new password (at least 8 characters; 400 naming {@code newPassword} otherwise). With
     * {@code currentPasswordRequired} (anybody changing a password who is not an administrator) the current
     * password must be given and match (400 naming {@code currentPassword} otherwise); an administrator resets a
     * password without it. Unknown employee: 404.
     */
    public void changePassword(String employeeId, String currentPassword, String newPassword, boolean currentPasswordRequired) {
        if (!EmployeeCredentials.isAcceptable(newPassword)) {
            throw new InvalidFieldException("newPassword", "must be at least " + EmployeeCredentials.MIN_PASSWORD_LENGTH
                    + " characters and at most " + EmployeeCredentials.MAX_PASSWORD_BYTES + " bytes");
        }
        var current = credentials.find(employeeId).orElseThrow(() -> NotFoundException.employee(employeeId));
        if (currentPasswordRequired) {
            if (currentPassword == null || currentPassword.isEmpty()) {
                throw new InvalidFieldException("currentPassword", "is required to change the password");
            }
            if (!credentials.matches(currentPassword, current.passwordHash())) {
                throw new InvalidFieldException("currentPassword", "does not match the current password");
            }
        }
        credentials.setPasswordHash(employeeId, credentials.hash(newPassword), Instant.now());
    }

    private void create(String employeeId, NewEmployee employee, String passwordHash) {
        if (employee.login() == null || !LOGIN.matcher(employee.login()).matches()) {
            throw new InvalidFieldException("login", "must be 3-64 characters of a-z, 0-9, '.', '_' and '-'");
        }
        if (employeeId == null || employeeId.isBlank() || employeeId.length() > Employee.MAX_ID_LENGTH) {
            throw new InvalidFieldException("employeeId", "must be 1-" + Employee.MAX_ID_LENGTH + " characters");
        }
        transaction.executeWithoutResult(status -> {
            try {
                credentials.insert(employeeId, employee.login(), passwordHash, Instant.now());
            } catch (DuplicateKeyException taken) {
                throw new ConflictException("login-taken", "The login " + employee.login() + " is already taken.");
            }
            commands.sendAndWait(new HireEmployeeCommand(employeeId, employee.login(), employee.fullName(),
                    employee.email(), employee.position(), employee.primaryUnitId()));
        });
    }
}
