package io.salescrm.billing.invoice.query;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.Optional;

public interface InvoiceViewRepository extends MongoRepository<InvoiceView, String> {

    Optional<InvoiceView> findByNumber(String number);
}
