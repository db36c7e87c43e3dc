package io.salescrm.catalog.search;

import io.salescrm.catalog.product.query.ProductView;
import io.salescrm.catalog.product.query.SearchTokens;
import io.salescrm.catalog.section.query.SectionQueries;
import io.salescrm.catalog.web.ItemPage;
import io.salescrm.platform.rules.InvalidFieldException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Product search in {@code catalog_products}, all in the database: every word of {@code q} must start one of the
 * product's search words (an anchored prefix regex on the indexed word array; the wire server used in tests and the
 * embedded runtime has no text index); {@code sectionId} matches the section and all its sub-sections; each
 * property filter must match exactly ({@code <propertyId>=<value>}, list values by id).
 */
@Component
public class ProductSearch {

    public static final int MAX_QUERY_WORDS = 8;
    public static final int MAX_PROPERTY_FILTERS = 10;

    /** What to search for; null fields do not filter. */
    public record Request(String q, String sectionId, Map<String, String> properties, Boolean active, String sort) {
    }

    private static final Map<String, Sort> SORTS = Map.of(
            "name", Sort.by("nameKey", "_id"), "-name", Sort.by(Sort.Direction.DESC, "nameKey", "_id"),
            "code", Sort.by("code"), "-code", Sort.by(Sort.Direction.DESC, "code"),
            "createdAt", Sort.by("createdAt", "_id"), "-createdAt", Sort.by(Sort.Direction.DESC, "createdAt", "_id"));

    private final MongoTemplate mongo;
    private final SectionQueries sections;

    public ProductSearch(MongoTemplate mongo, SectionQueries sections) {
        this.mongo = mongo;
        this.sections = sections;
    }

    public ItemPage<ProductView> search(Request criteria, int page, int size) {
        Sort sort = SORTS.get(criteria.sort() == null ? "name" : criteria.sort());
        if (sort == null) {
            throw new InvalidFieldException("sort", "must be one of " + String.join(", ", SORTS.keySet()));
        }
        Criteria filter = filter(criteria);
        long total = mongo.count(new Query(filter), ProductView.class);
        List<ProductView> items = mongo.find(new Query(filter).with(PageRequest.of(page, size, sort)), ProductView.class);
        return new ItemPage<>(items, page, size, total);
    }

    private Criteria filter(Request criteria) {
        List<Criteria> all = new ArrayList<>();
        List<String> words = SearchTokens.words(criteria.q());
        if (words.size() > MAX_QUERY_WORDS) {
            throw new InvalidFieldException("q", "must have at most " + MAX_QUERY_WORDS + " words");
        }
        words.forEach(word -> all.add(where("searchTokens").regex("^" + word)));
        if (criteria.sectionId() != null) {
            all.add(where("sectionId").in(sections.withDescendants(criteria.sectionId())));
        }
        Map<String, String> properties = criteria.properties() == null ? Map.of() : criteria.properties();
        if (properties.size() > MAX_PROPERTY_FILTERS) {
            throw new InvalidFieldException("property", "at most " + MAX_PROPERTY_FILTERS + " property filters");
        }
        properties.forEach((propertyId, value) -> all.add(where("propertyFilters").is(propertyId + "=" + value)));
        if (criteria.active() != null) {
            all.add(where("active").is(criteria.active()));
        }
        return all.isEmpty() ? new Criteria()
                : new Criteria().andOperator(all);
    }
}
