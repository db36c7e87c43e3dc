package io.salescrm.org.api.target;

/**
 * One part of a split: the subject that gets it, its figure (same measure and currency as the split target) and
 * the id of the child target that carries it. {@code childTargetId} is set for every part of a final split; in a
 * draft it is set only where the subject already has a child target from an earlier final split.
 */
public record TargetSplitPart(String childTargetId, TargetSubject subject, TargetValue value) {
}
