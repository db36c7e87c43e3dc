package io.salescrm.analytics;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;

/**
 * Read-only aggregations over the read models, repeated when the embedded MongoDB server (mongo-java-server, the
 * laptop default) fails one with its generic error -1: it copies documents while it aggregates, and a document the
 * projection replaces at that moment makes the copy throw (ConcurrentModificationException). A read has no effect,
 * so repeating it is safe; MongoDB itself does not answer -1, so nothing else is retried.
 */
public final class ReadModelReads {

    private static final int EMBEDDED_STORE_ERROR = -1;
    private static final int ATTEMPTS = 3;

    private ReadModelReads() {
    }

    public static List<Document> aggregate(MongoCollection<Document> collection, List<? extends Bson> pipeline) {
        for (int attempt = 1; ; attempt++) {
            try {
                return collection.aggregate(pipeline).into(new ArrayList<>());
            } catch (MongoCommandException e) {
                if (e.getErrorCode() != EMBEDDED_STORE_ERROR || attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** The first result of the aggregation, or null when it has none. */
    public static Document first(MongoCollection<Document> collection, List<? extends Bson> pipeline) {
        List<Document> results = aggregate(collection, pipeline);
        return results.isEmpty() ? null : results.get(0);
    }
}
