package io.salescrm.catalog.quiz.query;

import io.salescrm.catalog.api.product.ProductPropertyValue;
import io.salescrm.catalog.quiz.command.QuizGenerator.Fact;
import io.salescrm.catalog.section.query.SectionView;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The product facts a quiz is drawn from, read from {@link ProductFacts} in a fixed order (by id) and bounded:
 * at most {@value #MAX_PRODUCTS} products asked about, and distractors from at most {@value #MAX_POOL} products per
 * property.
 */
@Component
public class QuizFacts {

    static final int MAX_PRODUCTS = 500;
    static final int MAX_POOL = 1_000;

    private final MongoTemplate mongo;

    public QuizFacts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The active products of a section and of every section below it. */
    public List<ProductFacts> activeInSectionTree(String sectionId) {
        return active(where("sectionId").in(sectionTree(sectionId)), MAX_PRODUCTS);
    }

    /**
     * The section and its descendants, from the catalog's section read model read as plain documents (only ids and
     * parents are needed).
     */
    private Set<String> sectionTree(String sectionId) {
        Query tree = new Query();
        tree.fields().include("_id").include("parentSectionId");
        Map<String, List<String>> children = new HashMap<>();
        for (Document section : mongo.find(tree, Document.class, SectionView.COLLECTION)) {
            String parent = section.getString("parentSectionId");
            if (parent != null) {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(section.getString("_id"));
            }
        }
        Set<String> result = new TreeSet<>();
        Deque<String> pending = new ArrayDeque<>(List.of(sectionId));
        while (!pending.isEmpty()) {
            String next = pending.pop();
            if (result.add(next)) {
                pending.addAll(children.getOrDefault(next, List.of()));
            }
        }
        return result;
    }

    public List<ProductFacts> activeWithIds(Collection<String> productIds) {
        return active(where("_id").in(productIds), MAX_PRODUCTS);
    }

    /** Each product's property values as facts, read as people read them. */
    public List<Fact> factsOf(List<ProductFacts> products) {
        Set<String> propertyIds = new TreeSet<>();
        products.forEach(p -> valuesOf(p).forEach(v -> propertyIds.add(v.propertyId())));
        Map<String, PropertyFacts> properties = propertiesById(propertyIds);
        List<Fact> facts = new ArrayList<>();
        for (ProductFacts product : products) {
            for (ProductPropertyValue value : valuesOf(product)) {
                PropertyFacts property = properties.get(value.propertyId());
                String display = property == null ? null : ProductFactsReader.display(value, property);
                if (display != null && !display.isBlank()) {
                    facts.add(new Fact(product.id(), product.name(), property.id(), property.name(), display));
                }
            }
        }
        return facts;
    }

    /** Every value each property has across the active catalog (the distractor pool). */
    public Map<String, Set<String>> valuesAcrossCatalog(Set<String> propertyIds) {
        Map<String, PropertyFacts> properties = propertiesById(propertyIds);
        Map<String, Set<String>> values = new HashMap<>();
        for (String propertyId : propertyIds) {
            PropertyFacts property = properties.get(propertyId);
            Set<String> pool = new TreeSet<>();
            for (ProductFacts product : active(where("properties.propertyId").is(propertyId), MAX_POOL)) {
                valuesOf(product).stream().filter(v -> v.propertyId().equals(propertyId))
                        .map(v -> ProductFactsReader.display(v, property))
                        .filter(v -> v != null && !v.isBlank())
                        .forEach(pool::add);
            }
            values.put(propertyId, pool);
        }
        return values;
    }

    private List<ProductFacts> active(Criteria criteria, int limit) {
        Query query = new Query(new Criteria().andOperator(where("active").is(true), criteria))
                .with(Sort.by("_id")).limit(limit);
        return mongo.find(query, ProductFacts.class);
    }

    private Map<String, PropertyFacts> propertiesById(Collection<String> ids) {
        Map<String, PropertyFacts> byId = new HashMap<>();
        mongo.find(new Query(where("_id").in(ids)), PropertyFacts.class).forEach(p -> byId.put(p.id(), p));
        return byId;
    }

    private static List<ProductPropertyValue> valuesOf(ProductFacts product) {
        return product.properties() == null ? List.of() : product.properties();
    }
}
