package io.salescrm.catalog.api.bundle;

import org.axonframework.serialization.Revision;

@Revision("1")
public record BundleArchivedEvent(String bundleId) {
}
