package io.salescrm.org.api.distribution;

/** Why no employee was chosen for a lead. */
public enum LeadAssignmentFailureReason {
    /** No distribution rule matches the lead's source and pipeline. */
    NO_MATCHING_RULE,
    /** The matching rule's target unit has no active employee (or is closed) and it has no active fallback employee. */
    NO_ACTIVE_EMPLOYEE
}
