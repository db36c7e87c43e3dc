package io.salescrm.catalog.property.query;

import io.salescrm.catalog.api.property.PropertyDefinedEvent;
import io.salescrm.catalog.api.property.PropertyRenamedEvent;
import io.salescrm.catalog.api.property.PropertyValueAddedEvent;
import io.salescrm.catalog.api.property.PropertyValueRenamedEvent;
import io.salescrm.catalog.api.property.PropertyValueRetiredEvent;
import io.salescrm.catalog.config.CatalogViews;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Keeps {@code catalog_properties} up to date. Values are keyed by id and every write sets absolute values, so a
 * replayed event leaves the same document.
 */
@Component
@ProcessingGroup(CatalogViews.PROCESSING_GROUP)
public class PropertyViewProjection {

    private final PropertyViewRepository properties;

    public PropertyViewProjection(PropertyViewRepository properties) {
        this.properties = properties;
    }

    @EventHandler
    void on(PropertyDefinedEvent event) {
        properties.save(new PropertyView(event.propertyId(), event.name(), event.type(), event.unit(),
                event.values().stream().map(v -> new PropertyView.Value(v.valueId(), v.code(), v.label(), false)).toList()));
    }

    @EventHandler
    void on(PropertyRenamedEvent event) {
        properties.findById(event.propertyId()).ifPresent(p ->
                properties.save(new PropertyView(p.id(), event.name(), p.type(), event.unit(), p.values())));
    }

    @EventHandler
    void on(PropertyValueAddedEvent event) {
        update(event.propertyId(), event.valueId(), v -> new PropertyView.Value(event.valueId(), event.code(), event.label(), false));
    }

    @EventHandler
    void on(PropertyValueRenamedEvent event) {
        update(event.propertyId(), event.valueId(), v -> v == null ? null : new PropertyView.Value(v.valueId(), v.code(), event.label(), v.retired()));
    }

    @EventHandler
    void on(PropertyValueRetiredEvent event) {
        update(event.propertyId(), event.valueId(), v -> v == null ? null : new PropertyView.Value(v.valueId(), v.code(), v.label(), true));
    }

    /** Replaces (or adds) one value, computed from its current state (null when absent). */
    private void update(String propertyId, String valueId, UnaryOperator<PropertyView.Value> change) {
        properties.findById(propertyId).ifPresent(p -> {
            List<PropertyView.Value> values = new ArrayList<>();
            PropertyView.Value current = null;
            for (PropertyView.Value value : p.values()) {
                if (value.valueId().equals(valueId)) {
                    current = value;
                } else {
                    values.add(value);
                }
            }
            PropertyView.Value changed = change.apply(current);
            if (changed != null) {
                int at = current == null ? values.size() : p.values().indexOf(current);
                values.add(at, changed);
            }
            properties.save(new PropertyView(p.id(), p.name(), p.type(), p.unit(), values));
        });
    }
}
