package io.salescrm.org.api.role;

/** Ids of the built-in roles, defined on first start and editable by administrators afterwards. */
public final class PredefinedRoles {

    public static final String ADMINISTRATOR = "role-administrator";
    public static final String HEAD_OF_SALES = "role-head-of-sales";
    public static final String GROUP_HEAD = "role-group-head";
    public static final String MANAGER = "role-manager";
    public static final String ANALYST = "role-analyst";

    private PredefinedRoles() {
    }
}
