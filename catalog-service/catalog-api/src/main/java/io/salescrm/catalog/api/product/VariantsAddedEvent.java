package io.salescrm.catalog.api.product;

import java.util.List;
import org.axonframework.serialization.Revision;

/** Variants were added for combinations of the axes' values that had none ({@code axisPropertyIds}: the axes now). */
@Revision("1")
public record VariantsAddedEvent(String productId, List<String> axisPropertyIds, List<ProductVariant> variants) {
}
