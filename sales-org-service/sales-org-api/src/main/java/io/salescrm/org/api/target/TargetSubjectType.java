package io.salescrm.org.api.target;

/**
 * Whose target it is: the whole company (the id of the company unit of the org tree), a unit of the org tree
 * (department or sales group, by unit id) or an employee (by employee id).
 */
public enum TargetSubjectType {
    COMPANY, UNIT, EMPLOYEE
}
