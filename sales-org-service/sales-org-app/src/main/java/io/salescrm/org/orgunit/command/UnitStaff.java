package io.salescrm.org.orgunit.command;

/**
 * What the org structure needs to know about employees, answered from the employee read model (eventually
 * consistent with the employee aggregates). Injected into the command handlers of {@link OrgStructureAggregate}.
 */
public interface UnitStaff {

    enum EmployeeStatus { UNKNOWN, ACTIVE, INACTIVE }

    EmployeeStatus employeeStatus(String employeeId);

    /** Whether any active employee has the unit as primary or further unit. */
    boolean hasActiveMembers(String unitId);
}
