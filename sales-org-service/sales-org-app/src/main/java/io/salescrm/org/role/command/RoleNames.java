package io.salescrm.org.role.command;

import io.salescrm.platform.rules.ConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The names in use by roles that exist, in table {@code role_names} of the event store's database (migration
 * V30). Its unique index makes the name rule race-free: a name is claimed in the same database transaction as
 * the events of the command that gives it, so two concurrent requests for one name cannot both succeed, and a
 * refused command leaves no claim behind.
 */
@Component
public class RoleNames {

    private final JdbcTemplate jdbc;

    public RoleNames(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the name of a new role; must run inside the transaction of its definition. */
    void claim(String roleId, String name) {
        try {
            jdbc.update("INSERT INTO role_names (role_id, name_key) VALUES (?, ?)", roleId, RoleRules.nameKey(name));
        } catch (DuplicateKeyException taken) {
            throw nameTaken(name);
        }
    }

    /** Moves a role to a new name; must run inside the transaction of the change. */
    void rename(String roleId, String name) {
        try {
            int rows = jdbc.update("UPDATE role_names SET name_key = ? WHERE role_id = ?", RoleRules.nameKey(name), roleId);
            if (rows == 0) {
                jdbc.update("INSERT INTO role_names (role_id, name_key) VALUES (?, ?)", roleId, RoleRules.nameKey(name));
            }
        } catch (DuplicateKeyException taken) {
            throw nameTaken(name);
        }
    }

    void release(String roleId) {
        jdbc.update("DELETE FROM role_names WHERE role_id = ?", roleId);
    }

    private static ConflictException nameTaken(String name) {
        return new ConflictException("role-name-taken", "Another role is already named \"" + name.strip() + "\".");
    }
}
