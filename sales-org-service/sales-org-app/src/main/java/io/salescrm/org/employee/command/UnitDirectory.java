package io.salescrm.org.employee.command;

/**
 * What employees need to know about org units, answered from the org-unit read model (eventually consistent
 * with the org structure). Injected into the command handlers of {@link Employee}.
 */
public interface UnitDirectory {

    enum UnitStatus { UNKNOWN, OPEN, CLOSED }

    UnitStatus unitStatus(String unitId);
}
