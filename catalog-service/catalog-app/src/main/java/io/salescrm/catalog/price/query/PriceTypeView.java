package io.salescrm.catalog.price.query;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A price type as read: MongoDB collection {@code catalog_price_types}. */
@Document(PriceTypeView.COLLECTION)
public record PriceTypeView(@Id String id, String name, boolean base) {

    public static final String COLLECTION = "catalog_price_types";
}
