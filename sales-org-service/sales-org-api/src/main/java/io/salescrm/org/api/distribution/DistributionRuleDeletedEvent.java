package io.salescrm.org.api.distribution;

import org.axonframework.serialization.Revision;

/** A distribution rule was removed; it decides no further leads. Decisions it made stand. */
@Revision("1")
public record DistributionRuleDeletedEvent(String ruleId) {
}
