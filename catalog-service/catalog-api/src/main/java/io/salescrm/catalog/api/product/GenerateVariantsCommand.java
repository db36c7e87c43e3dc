package io.salescrm.catalog.api.product;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Makes {@code axisPropertyIds} (list properties the product has values for) the product's variant axes and adds a
 * variant for every combination of their values that has none yet; existing variants are never touched.
 */
public record GenerateVariantsCommand(@TargetAggregateIdentifier String productId, List<String> axisPropertyIds) {
}
