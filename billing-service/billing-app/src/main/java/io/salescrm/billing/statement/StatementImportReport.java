package io.salescrm.billing.statement;

import java.util.List;

/** The result of one statement import: counts per outcome and every line that was not registered now, with why. */
public record StatementImportReport(int lines, int registered, int alreadyRegistered, int unmatched, int invalid,
                                    List<StatementLineOutcome> notRegistered) {
}
