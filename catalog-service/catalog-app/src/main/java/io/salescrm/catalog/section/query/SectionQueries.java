package io.salescrm.catalog.section.query;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Questions about the tree answered from {@code catalog_sections} (at most 5,000 sections, so it is read whole). */
@Component
public class SectionQueries {

    private static final String PARENT = "parentSectionId";

    private final MongoTemplate mongo;

    public SectionQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The section and every section below it, at any depth. */
    public Set<String> withDescendants(String sectionId) {
        Map<String, List<String>> children = new HashMap<>();
        Query tree = new Query();
        tree.fields().include("_id").include(PARENT);
        for (Document section : mongo.find(tree, Document.class, SectionView.COLLECTION)) {
            String parent = section.getString(PARENT);
            if (parent != null) {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(section.getString("_id"));
            }
        }
        Set<String> result = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>(List.of(sectionId));
        while (!pending.isEmpty()) {
            String next = pending.pop();
            if (result.add(next)) {
                pending.addAll(children.getOrDefault(next, List.of()));
            }
        }
        return result;
    }

    /** The section and its ancestors up to the top, nearest first. */
    public List<String> withAncestors(String sectionId) {
        List<String> path = new ArrayList<>();
        for (String current = sectionId; current != null && !path.contains(current); ) {
            path.add(current);
            SectionView section = mongo.findOne(new Query(where("_id").is(current)), SectionView.class);
            current = section == null ? null : section.parentSectionId();
        }
        return path;
    }
}
