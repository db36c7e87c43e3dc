package io.salescrm.org.role.command;

/**
 * Tells whether an employee is the only active employee holding the Administrator role, so that the role is
 * not taken from him (the company would be left without anyone able to manage it). The employees feature's
 * {@code ActiveAdministrators} read model answers this; see {@code RoleConfiguration}.
 */
@FunctionalInterface
public interface LastAdministratorCheck {

    boolean isLastActiveAdministrator(String employeeId);
}
