package io.salescrm.catalog.api.bundle;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces a bundle's name, description, items and prices. */
public record ChangeBundleCommand(
        @TargetAggregateIdentifier String bundleId,
        String name,
        String description,
        List<BundleItem> items,
        List<BundlePrice> prices) {
}
