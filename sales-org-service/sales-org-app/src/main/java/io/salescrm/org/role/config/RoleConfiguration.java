package io.salescrm.org.role.config;

import io.salescrm.org.employee.query.ActiveAdministrators;
import io.salescrm.org.role.command.LastAdministratorCheck;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class RoleConfiguration {

    /**
     * Answers the Role aggregate's last-administrator rule (injected into its command handler) beyond what the
     * aggregate knows itself (whether any other employee holds the role): whether the others are active, from
     * the employees feature's read model of active administrators.
     */
    @Bean
    public LastAdministratorCheck lastAdministratorCheck(ActiveAdministrators activeAdministrators) {
        return activeAdministrators::isLastActiveAdministrator;
    }
}
