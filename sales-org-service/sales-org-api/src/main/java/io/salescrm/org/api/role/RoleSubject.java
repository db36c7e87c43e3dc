package io.salescrm.org.api.role;

/** Who a role is assigned to: an employee, or every member of a unit. */
public enum RoleSubject {
    EMPLOYEE, UNIT
}
