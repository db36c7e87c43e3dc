package io.salescrm.org.api.target;

import java.math.BigDecimal;

/**
 * One requested part of a split: a unit or employee and its figure, {@code amount} (in the split target's
 * currency; {@code currency} may be omitted or must equal it) for an AMOUNT target, {@code count} for a
 * WON_COUNT target.
 */
public record SplitPartSpec(TargetSubjectType subjectType, String subjectId, BigDecimal amount, String currency, Long count) {
}
