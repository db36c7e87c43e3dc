package io.salescrm.catalog.property.query;

import io.salescrm.catalog.api.property.PropertyType;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;

/** A property definition as read: MongoDB collection {@code catalog_properties}. */
@Document(PropertyView.COLLECTION)
public record PropertyView(@Id String id, String name, PropertyType type, String unit, List<Value> values) {

    public static final String COLLECTION = "catalog_properties";

    public record Value(String valueId, String code, String label, boolean retired) {
    }

    /** The label of a list value, or null. */
    public String labelOf(String valueId) {
        return values.stream().filter(v -> v.valueId().equals(valueId)).map(Value::label).findFirst().orElse(null);
    }
}
