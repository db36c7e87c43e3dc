package io.salescrm.catalog.api.bundle;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ArchiveBundleCommand(@TargetAggregateIdentifier String bundleId) {
}
