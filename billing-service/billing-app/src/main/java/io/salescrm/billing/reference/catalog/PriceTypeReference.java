package io.salescrm.billing.reference.catalog;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A catalog price type (e.g. retail, wholesale); exactly one is the base. {@code version}: price type list sequence. */
@Document("ref_price_types")
public record PriceTypeReference(@Id String id, String name, boolean base, long version) {
}
