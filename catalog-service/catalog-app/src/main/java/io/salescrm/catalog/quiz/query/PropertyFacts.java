package io.salescrm.catalog.quiz.query;

import io.salescrm.catalog.api.property.PropertyType;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.Map;

/** A property's name, type, unit and list value labels (by value id), in MongoDB collection {@code content_properties}. */
@Document(PropertyFacts.COLLECTION)
public record PropertyFacts(@Id String id, String name, PropertyType type, String unit, Map<String, String> labels) {

    public static final String COLLECTION = "content_properties";
}
