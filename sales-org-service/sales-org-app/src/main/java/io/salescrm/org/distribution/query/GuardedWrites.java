package io.salescrm.org.distribution.query;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The one way the distribution projections change a document that follows an event-sourced aggregate: the
 * document is keyed by id and remembers the sequence number of the last event applied to it ({@code version});
 * an event is applied only if it is newer. A redelivered or replayed event therefore changes nothing. (Every
 * document follows the events of exactly one aggregate stream: an employee, the org structure, a rule.)
 */
final class GuardedWrites {

    static final String VERSION = "version";

    private GuardedWrites() {
    }

    static void apply(MongoTemplate mongo, String collection, String id, long sequence, Update update) {
        // First make sure the document exists (a no-op when it does), then apply the update only if newer.
        mongo.upsert(query(where("_id").is(id)), new Update().setOnInsert(VERSION, -1L), collection);
        mongo.updateFirst(query(where("_id").is(id).and(VERSION).lt(sequence)), update.set(VERSION, sequence), collection);
    }
}
