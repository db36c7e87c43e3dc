package io.salescrm.catalog.reference;

import io.salescrm.catalog.api.property.PropertyType;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What catalog command handlers need to know about other catalog aggregates (sections, properties, price types,
 * products, bundles) to check references. Injected into the command handlers; answered from committed events.
 */
public interface CatalogReferences {

    /** A defined list value: its SKU code, label and whether it is retired. */
    record DefinedValue(String code, String label, boolean retired) {
    }

    record PropertyDefinition(String propertyId, String name, PropertyType type, String unit, Map<String, DefinedValue> values) {
    }

    /** A product as a bundle or promotion sees it: whether it is active and which variants it has. */
    record ProductFacts(String productId, boolean active, Set<String> variantIds) {
    }

    enum SectionStatus { ACTIVE, ARCHIVED, UNKNOWN }

    Optional<PropertyDefinition> property(String propertyId);

    SectionStatus section(String sectionId);

    boolean priceTypeExists(String priceTypeId);

    Optional<ProductFacts> product(String productId);

    boolean bundleExists(String bundleId);

    /** The product a variant belongs to, if the variant exists. */
    Optional<String> productOfVariant(String variantId);
}
