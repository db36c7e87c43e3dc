package io.salescrm.catalog;

import io.salescrm.catalog.api.property.ListValue;
import io.salescrm.catalog.api.property.PropertyType;
import io.salescrm.catalog.reference.CatalogReferences;
import io.salescrm.catalog.sku.JdbcSkuRegistry;
import io.salescrm.catalog.sku.SkuRegistry;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The catalog around an aggregate under test: sections, properties, price types, products and SKUs held in memory. */
public class InMemoryCatalog implements CatalogReferences, SkuRegistry {

    private final Map<String, PropertyDefinition> properties = new HashMap<>();
    private final Map<String, SectionStatus> sections = new HashMap<>();
    private final Map<String, ProductFacts> products = new HashMap<>();
    private final Set<String> priceTypes = new java.util.HashSet<>();
    private final Set<String> bundles = new java.util.HashSet<>();
    private final Map<String, String[]> skus = new HashMap<>();

    public InMemoryCatalog property(String propertyId, PropertyType type, ListValue... values) {
        Map<String, DefinedValue> defined = new LinkedHashMap<>();
        for (ListValue value : values) {
            defined.put(value.valueId(), new DefinedValue(value.code(), value.label(), false));
        }
        properties.put(propertyId, new PropertyDefinition(propertyId, propertyId, type, null, defined));
        return this;
    }

    public InMemoryCatalog retire(String propertyId, String valueId) {
        DefinedValue value = properties.get(propertyId).values().get(valueId);
        properties.get(propertyId).values().put(valueId, new DefinedValue(value.code(), value.label(), true));
        return this;
    }

    public InMemoryCatalog section(String sectionId, SectionStatus status) {
        sections.put(sectionId, status);
        return this;
    }

    public InMemoryCatalog priceType(String priceTypeId) {
        priceTypes.add(priceTypeId);
        return this;
    }

    public InMemoryCatalog product(String productId, boolean active, String... variantIds) {
        products.put(productId, new ProductFacts(productId, active, Set.of(variantIds)));
        for (String variantId : variantIds) {
            skus.put("SKU-" + variantId, new String[]{productId, variantId});
        }
        return this;
    }

    public InMemoryCatalog bundle(String bundleId) {
        bundles.add(bundleId);
        return this;
    }

    /** A SKU some other product already holds. */
    public InMemoryCatalog takenSku(String sku) {
        skus.put(sku.toUpperCase(Locale.ROOT), new String[]{"other-product", null});
        return this;
    }

    public boolean holds(String sku) {
        return skus.containsKey(sku.toUpperCase(Locale.ROOT));
    }

    @Override
    public Optional<PropertyDefinition> property(String propertyId) {
        return Optional.ofNullable(properties.get(propertyId));
    }

    @Override
    public SectionStatus section(String sectionId) {
        return sections.getOrDefault(sectionId, SectionStatus.UNKNOWN);
    }

    @Override
    public boolean priceTypeExists(String priceTypeId) {
        return priceTypes.contains(priceTypeId);
    }

    @Override
    public Optional<ProductFacts> product(String productId) {
        return Optional.ofNullable(products.get(productId));
    }

    @Override
    public boolean bundleExists(String bundleId) {
        return bundles.contains(bundleId);
    }

    @Override
    public void claim(String sku, String productId, String variantId) {
        if (skus.putIfAbsent(sku.toUpperCase(Locale.ROOT), new String[]{productId, variantId}) != null) {
            throw JdbcSkuRegistry.taken(sku);
        }
    }

    @Override
    public void release(String sku) {
        skus.remove(sku.toUpperCase(Locale.ROOT));
    }

    @Override
    public Optional<String> productOfVariant(String variantId) {
        return skus.values().stream().filter(v -> variantId.equals(v[1])).map(v -> v[0]).findFirst();
    }

    @Override
    public Optional<String> productOfCode(String code) {
        String[] holder = skus.get(code.toUpperCase(Locale.ROOT));
        return holder != null && holder[1] == null ? Optional.of(holder[0]) : Optional.empty();
    }
}
