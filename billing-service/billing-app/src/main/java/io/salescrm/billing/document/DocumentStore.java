package io.salescrm.billing.document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Stores rendered PDFs by document id (a PDF is a few dozen kilobytes: one MongoDB document each). */
@Component
public class DocumentStore {

    private final MongoTemplate mongo;

    public DocumentStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void save(StoredDocument document) {
        mongo.save(document);
    }

    public Optional<StoredDocument> find(String documentId) {
        return Optional.ofNullable(mongo.findById(documentId, StoredDocument.class));
    }

    public void delete(String documentId) {
        mongo.remove(new org.springframework.data.mongodb.core.query.Query(
                org.springframework.data.mongodb.core.query.Criteria.where("_id").is(documentId)), StoredDocument.class);
    }
}
