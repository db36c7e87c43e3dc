package io.salescrm.catalog.section.query;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface SectionViewRepository extends MongoRepository<SectionView, String> {
}
