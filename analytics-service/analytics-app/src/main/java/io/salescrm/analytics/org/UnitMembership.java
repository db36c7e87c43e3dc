package io.salescrm.analytics.org;

import java.time.Instant;

/** From {@code since} on (the org event's timestamp), the employee's primary unit was {@code unitId}. */
public record UnitMembership(String eventId, Instant since, String unitId) {
}
