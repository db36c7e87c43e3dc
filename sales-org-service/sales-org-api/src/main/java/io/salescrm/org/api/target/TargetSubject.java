package io.salescrm.org.api.target;

/** Whose target: a subject type and the id of the company unit, unit or employee. */
public record TargetSubject(TargetSubjectType type, String id) {
}
