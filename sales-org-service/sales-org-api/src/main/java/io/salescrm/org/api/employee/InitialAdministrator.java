package io.salescrm.org.api.employee;

/**
 * The administrator account every installation starts with: created on first start (login {@code admin}), given
 * the Administrator role. Its password comes from configuration ({@code CRM_ADMIN_PASSWORD}; {@code admin} in the
 * embedded default).
 */
public final class InitialAdministrator {

    public static final String EMPLOYEE_ID = "admin";
    public static final String LOGIN = "admin";

    private InitialAdministrator() {
    }
}
