package io.salescrm.catalog.api.bundle;

import java.util.List;
import org.axonframework.serialization.Revision;

/** A bundle as it is now (the full state). */
@Revision("1")
public record BundleChangedEvent(String bundleId, String name, String description, List<BundleItem> items, List<BundlePrice> prices) {
}
