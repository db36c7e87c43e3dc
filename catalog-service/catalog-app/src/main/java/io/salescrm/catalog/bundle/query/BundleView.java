package io.salescrm.catalog.bundle.query;

import io.salescrm.catalog.api.bundle.BundleItem;
import io.salescrm.catalog.api.bundle.BundlePrice;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;

/** A bundle as read: MongoDB collection {@code catalog_bundles}. */
@Document(BundleView.COLLECTION)
public record BundleView(@Id String id, String name, String description, List<BundleItem> items, List<BundlePrice> prices,
                         boolean archived) {

    public static final String COLLECTION = "catalog_bundles";
}
