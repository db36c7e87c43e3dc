package io.salescrm.catalog.api.bundle;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Creates a bundle (complex offer): several products or variants sold together at bundle prices. */
public record CreateBundleCommand(
        @TargetAggregateIdentifier String bundleId,
        String name,
        String description,
        List<BundleItem> items,
        List<BundlePrice> prices) {
}
