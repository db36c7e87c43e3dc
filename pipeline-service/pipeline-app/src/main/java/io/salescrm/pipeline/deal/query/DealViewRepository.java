package io.salescrm.pipeline.deal.query;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface DealViewRepository extends MongoRepository<DealView, String> {
}
