package io.salescrm.pipeline.api.company;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Marks company {@code companyId} as merged into {@code survivorId}: from then on it is read-only. */
public record MergeCompanyIntoCommand(@TargetAggregateIdentifier String companyId, String survivorId) {
}
