package io.salescrm.catalog.reference;

import io.salescrm.catalog.api.bundle.BundleCreatedEvent;
import io.salescrm.catalog.api.price.PriceTypeDefinedEvent;
import io.salescrm.catalog.api.price.PriceTypeList;
import io.salescrm.catalog.api.product.ProductArchivedEvent;
import io.salescrm.catalog.api.product.ProductCreatedEvent;
import io.salescrm.catalog.api.product.ProductRestoredEvent;
import io.salescrm.catalog.api.product.VariantsAddedEvent;
import io.salescrm.catalog.api.property.PropertyDefinedEvent;
import io.salescrm.catalog.api.property.PropertyRenamedEvent;
import io.salescrm.catalog.api.property.PropertyValueAddedEvent;
import io.salescrm.catalog.api.property.PropertyValueRenamedEvent;
import io.salescrm.catalog.api.property.PropertyValueRetiredEvent;
import io.salescrm.catalog.api.section.SectionArchivedEvent;
import io.salescrm.catalog.api.section.SectionCreatedEvent;
import io.salescrm.catalog.api.section.SectionTree;
import io.salescrm.catalog.sku.SkuRegistry;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@link CatalogReferences} folded from the committed events of the referenced aggregates, read from the event
 * store inside the command's transaction: consistent with everything committed before, with no read-model lag.
 */
@Component
public class EventStoreCatalogReferences implements CatalogReferences {

    private final EventStore eventStore;
    private final SkuRegistry skus;

    public EventStoreCatalogReferences(EventStore eventStore, SkuRegistry skus) {
        this.eventStore = eventStore;
        this.skus = skus;
    }

    @Override
    public Optional<PropertyDefinition> property(String propertyId) {
        PropertyDefinition definition = null;
        Map<String, DefinedValue> values = new LinkedHashMap<>();
        for (Object event : (Iterable<Object>) payloads(propertyId)::iterator) {
            if (event instanceof PropertyDefinedEvent defined) {
                defined.values().forEach(v -> values.put(v.valueId(), new DefinedValue(v.code(), v.label(), false)));
                definition = new PropertyDefinition(propertyId, defined.name(), defined.type(), defined.unit(), values);
            } else if (event instanceof PropertyRenamedEvent renamed && definition != null) {
                definition = new PropertyDefinition(propertyId, renamed.name(), definition.type(), renamed.unit(), values);
            } else if (event instanceof PropertyValueAddedEvent added) {
                values.put(added.valueId(), new DefinedValue(added.code(), added.label(), false));
            } else if (event instanceof PropertyValueRenamedEvent renamed) {
                values.computeIfPresent(renamed.valueId(), (id, v) -> new DefinedValue(v.code(), renamed.label(), v.retired()));
            } else if (event instanceof PropertyValueRetiredEvent retired) {
                values.computeIfPresent(retired.valueId(), (id, v) -> new DefinedValue(v.code(), v.label(), true));
            }
        }
        return Optional.ofNullable(definition);
    }

    @Override
    public SectionStatus section(String sectionId) {
        SectionStatus status = SectionStatus.UNKNOWN;
        for (Object event : (Iterable<Object>) payloads(SectionTree.ID)::iterator) {
            if (event instanceof SectionCreatedEvent created && created.sectionId().equals(sectionId)) {
                status = SectionStatus.ACTIVE;
            } else if (event instanceof SectionArchivedEvent archived && archived.sectionId().equals(sectionId)) {
                status = SectionStatus.ARCHIVED;
            }
        }
        return status;
    }

    @Override
    public boolean priceTypeExists(String priceTypeId) {
        return payloads(PriceTypeList.ID)
                .anyMatch(event -> event instanceof PriceTypeDefinedEvent defined && defined.priceTypeId().equals(priceTypeId));
    }

    @Override
    public Optional<ProductFacts> product(String productId) {
        boolean exists = false;
        boolean active = false;
        Set<String> variants = new HashSet<>();
        for (Object event : (Iterable<Object>) payloads(productId)::iterator) {
            if (event instanceof ProductCreatedEvent) {
                exists = true;
                active = true;
            } else if (event instanceof ProductArchivedEvent) {
                active = false;
            } else if (event instanceof ProductRestoredEvent) {
                active = true;
            } else if (event instanceof VariantsAddedEvent added) {
                added.variants().forEach(v -> variants.add(v.variantId()));
            }
        }
        return exists ? Optional.of(new ProductFacts(productId, active, variants)) : Optional.empty();
    }

    @Override
    public boolean bundleExists(String bundleId) {
        return payloads(bundleId).anyMatch(BundleCreatedEvent.class::isInstance);
    }

    @Override
    public Optional<String> productOfVariant(String variantId) {
        return skus.productOfVariant(variantId);
    }

    private Stream<Object> payloads(String aggregateId) {
        if (aggregateId == null || aggregateId.isBlank()) {
            return Stream.empty();
        }
        return eventStore.readEvents(aggregateId).asStream().map(EventMessage::getPayload);
    }
}
