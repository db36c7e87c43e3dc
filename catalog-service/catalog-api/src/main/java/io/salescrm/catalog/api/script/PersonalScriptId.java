package io.salescrm.catalog.api.script;

/** The id of an employee's personal version of a script: one per script and employee, enforced by the event store. */
public final class PersonalScriptId {

    private PersonalScriptId() {
    }

    public static String of(String scriptId, String employeeId) {
        return scriptId + "~" + employeeId;
    }
}
