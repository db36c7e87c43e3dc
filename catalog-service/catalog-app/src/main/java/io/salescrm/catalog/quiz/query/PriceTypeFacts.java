package io.salescrm.catalog.quiz.query;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** Which price type is the base one, in MongoDB collection {@code content_price_types}. */
@Document(PriceTypeFacts.COLLECTION)
public record PriceTypeFacts(@Id String id, boolean base) {

    public static final String COLLECTION = "content_price_types";
}
