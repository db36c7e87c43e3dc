package io.salescrm.billing.reference;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;

/**
 * Writes billing's reference read models (other services' data, from their topics) with a sequence guard: each
 * document keeps the sequence number of the last event of its aggregate it reflects, and an event at or below it
 * (a redelivery or a replay) changes nothing. Events of one aggregate arrive in order on one segment of the
 * tracking processor, so read-modify-write needs no further locking.
 */
@Component
public class ReferenceWriter {

    /** The one tracking processor (on the Kafka source) that feeds every reference read model. */
    public static final String PROCESSING_GROUP = "billing-reference";

    private final MongoTemplate mongo;

    public ReferenceWriter(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Saves {@code next.apply(current)} (current null when there is none yet) unless the event was applied already. */
    public <T> void apply(Class<T> type, String id, long sequence, ToLongFunction<T> version, UnaryOperator<T> next) {
        T current = mongo.findById(id, type);
        if (current != null && version.applyAsLong(current) >= sequence) {
            return;
        }
        mongo.save(next.apply(current));
    }

    /** As {@link #apply}, for events that only change a document created by an earlier event. */
    public <T> void applyToExisting(Class<T> type, String id, long sequence, ToLongFunction<T> version, UnaryOperator<T> next) {
        T current = mongo.findById(id, type);
        if (current == null || version.applyAsLong(current) >= sequence) {
            return;
        }
        mongo.save(next.apply(current));
    }
}
