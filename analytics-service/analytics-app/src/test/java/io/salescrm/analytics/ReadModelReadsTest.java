package io.salescrm.analytics;

import com.mongodb.MongoCommandException;
import com.mongodb.ServerAddress;
import com.mongodb.client.AggregateIterable;
import com.mongodb.client.MongoCollection;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.util.Collection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** A read the embedded store failed with its generic error is repeated; any other failure is not. */
class ReadModelReadsTest {

    @SuppressWarnings("unchecked")
    private final MongoCollection<Document> collection = mock(MongoCollection.class);

    @Test
    void aReadThatRacedAWriteOnTheEmbeddedStoreIsRepeated() {
        AggregateIterable<Document> results = results(new Document("count", 3));
        when(collection.aggregate(anyList())).thenThrow(failure(-1)).thenReturn(results);

        assertThat(ReadModelReads.first(collection, List.of())).isEqualTo(new Document("count", 3));
        verify(collection, times(2)).aggregate(anyList());
    }

    @Test
    void itGivesUpAfterThreeAttempts() {
        when(collection.aggregate(anyList())).thenThrow(failure(-1));
        assertThatThrownBy(() -> ReadModelReads.aggregate(collection, List.of())).isInstanceOf(MongoCommandException.class);
        verify(collection, times(3)).aggregate(anyList());
    }

    @Test
    void otherErrorsAreNotRepeated() {
        when(collection.aggregate(anyList())).thenThrow(failure(16_389));
        assertThatThrownBy(() -> ReadModelReads.aggregate(collection, List.of())).isInstanceOf(MongoCommandException.class);
        verify(collection, times(1)).aggregate(anyList());
    }

    @SuppressWarnings("unchecked")
    private static AggregateIterable<Document> results(Document... documents) {
        AggregateIterable<Document> iterable = mock(AggregateIterable.class);
        when(iterable.into(any())).thenAnswer(call -> {
            Collection<Document> target = call.getArgument(0);
            target.addAll(List.of(documents));
            return target;
        });
        return iterable;
    }

    private static MongoCommandException failure(int code) {
        return new MongoCommandException(new BsonDocument("ok", new BsonInt32(0)).append("code", new BsonInt32(code))
                .append("errmsg", new BsonString("failed")), new ServerAddress());
    }
}
