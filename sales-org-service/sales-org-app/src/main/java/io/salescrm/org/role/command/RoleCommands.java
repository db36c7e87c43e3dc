package io.salescrm.org.role.command;

import io.salescrm.org.api.role.AssignRoleCommand;
import io.salescrm.org.api.role.ChangeRolePermissionsCommand;
import io.salescrm.org.api.role.DealStageRule;
import io.salescrm.org.api.role.DefineRoleCommand;
import io.salescrm.org.api.role.DeleteRoleCommand;
import io.salescrm.org.api.role.Permission;
import io.salescrm.org.api.role.RoleSubject;
import io.salescrm.org.api.role.UnassignRoleCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/**
 * Sends the role commands. Commands that give or free a name run in one database transaction with the name
 * index ({@link RoleNames}): the command first (so invalid input is refused before anything is written), then
 * the name; a taken name rolls the command's events back with it.
 */
@Service
public class RoleCommands {

    private final CommandGateway commandGateway;
    private final RoleNames names;
    private final TransactionTemplate transaction;

    public RoleCommands(CommandGateway commandGateway, RoleNames names, PlatformTransactionManager transactionManager) {
        this.commandGateway = commandGateway;
        this.names = names;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    public void define(String roleId, String name, String predefinedKey, List<Permission> permissions, List<DealStageRule> dealRules) {
        transaction.executeWithoutResult(status -> {
            commandGateway.sendAndWait(new DefineRoleCommand(roleId, name, predefinedKey, permissions, dealRules));
            names.claim(roleId, name);
        });
    }

    /** @return whether anything changed */
    public boolean change(String roleId, String name, List<Permission> permissions, List<DealStageRule> dealRules) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            Boolean changed = commandGateway.sendAndWait(new ChangeRolePermissionsCommand(roleId, name, permissions, dealRules));
            names.rename(roleId, name);
            return changed;
        }));
    }

    public void delete(String roleId) {
        transaction.executeWithoutResult(status -> {
            commandGateway.sendAndWait(new DeleteRoleCommand(roleId));
            names.release(roleId);
        });
    }

    /** @return whether the role was newly assigned */
    public boolean assign(String roleId, RoleSubject subjectType, String subjectId) {
        return Boolean.TRUE.equals(commandGateway.sendAndWait(new AssignRoleCommand(roleId, subjectType, subjectId)));
    }

    public void unassign(String roleId, RoleSubject subjectType, String subjectId) {
        commandGateway.sendAndWait(new UnassignRoleCommand(roleId, subjectType, subjectId));
    }

    /** @return whether the initial administrator was given the role now */
    public boolean assignInitialAdministrator(String administratorRoleId, String employeeId) {
        return Boolean.TRUE.equals(commandGateway.sendAndWait(new AssignInitialAdministratorCommand(administratorRoleId, employeeId)));
    }
}
