package io.salescrm.catalog.property.query;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface PropertyViewRepository extends MongoRepository<PropertyView, String> {
}
