package io.salescrm.org.api.distribution;

/** How a distribution rule picks among the active employees of its target unit (always in employee-id order). */
public enum DistributionStrategy {
    /** The next active employee after the one the rule picked last, wrapping around. */
    ROUND_ROBIN,
    /** The active employee with the fewest open leads; ties go to the smallest employee id. */
    FEWEST_OPEN_LEADS
}
