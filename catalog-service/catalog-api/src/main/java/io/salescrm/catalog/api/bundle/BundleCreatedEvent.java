package io.salescrm.catalog.api.bundle;

import java.util.List;
import org.axonframework.serialization.Revision;

@Revision("1")
public record BundleCreatedEvent(String bundleId, String name, String description, List<BundleItem> items, List<BundlePrice> prices) {
}
