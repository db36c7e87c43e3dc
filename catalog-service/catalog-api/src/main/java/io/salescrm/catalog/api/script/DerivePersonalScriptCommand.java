package io.salescrm.catalog.api.script;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Starts an employee's personal version of a script from standard version {@code baseVersion}, whose steps are
 * {@code baseSteps}. There is one personal script per script and employee ({@link PersonalScriptId}).
 */
public record DerivePersonalScriptCommand(
        @TargetAggregateIdentifier String personalScriptId,
        String scriptId,
        String employeeId,
        long baseVersion,
        String title,
        List<ScriptStep> baseSteps) {
}
