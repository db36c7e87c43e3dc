package io.salescrm.org.role.config;

import io.salescrm.org.role.command.LastAdministratorCheck;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class RoleConfiguration {

    /**
     * Answers the Role aggregate's last-administrator rule (injected into its command handler) beyond what the
     * aggregate knows itself (whether any other employee holds the role): whether the others are active.
     * Until employees can be deactivated every holder is active, so the aggregate's own rule is the whole rule.
     */
    @Bean
    public LastAdministratorCheck lastAdministratorCheck() {
        return employeeId -> false;
    }
}
