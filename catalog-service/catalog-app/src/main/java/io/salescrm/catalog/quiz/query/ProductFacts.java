package io.salescrm.catalog.quiz.query;

import io.salescrm.catalog.api.product.ProductPropertyValue;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;
import java.util.Map;

/**
 * What quizzes and template previews need to know of a product, in MongoDB collection {@code content_products}:
 * names, property values (canonical text, list values by id) and the product's own prices keyed by
 * {@code <priceTypeId>|<currency>} as plain decimal text.
 */
@Document(ProductFacts.COLLECTION)
public record ProductFacts(
        @Id String id,
        String code,
        String name,
        String description,
        @Indexed String sectionId,
        @Indexed boolean active,
        List<ProductPropertyValue> properties,
        Map<String, String> prices) {

    public static final String COLLECTION = "content_products";

    public static String priceKey(String priceTypeId, String currency) {
        return priceTypeId + "|" + currency;
    }
}
