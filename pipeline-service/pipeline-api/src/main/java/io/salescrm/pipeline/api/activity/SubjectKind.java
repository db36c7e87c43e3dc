package io.salescrm.pipeline.api.activity;

/**
 * The kinds of record an activity (and a timeline) can be about. {@link #aggregateType()} is the name of the
 * pipeline service's aggregate holding such records.
 */
public enum SubjectKind {
    LEAD("Lead"), CONTACT("Contact"), COMPANY("Company"), DEAL("Deal");

    private final String aggregateType;

    SubjectKind(String aggregateType) {
        this.aggregateType = aggregateType;
    }

    public String aggregateType() {
        return aggregateType;
    }
}
