package io.salescrm.org.distribution.query;

import io.salescrm.pipeline.api.lead.LeadSource;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/** Reads of {@code distribution_rules}. */
@Component
public class RuleQueries {

    /** Matching rules one lead tries at most (a rule deleted since the read model saw it is skipped). */
    public static final int MAX_MATCHING = 20;

    /** The order in which rules are tried: lowest priority number first, then the older rule, then the smaller id. */
    static final Sort PRECEDENCE = Sort.by(Sort.Order.asc("priority"), Sort.Order.asc("createdAt"), Sort.Order.asc("_id"));

    public record RulePage(List<RuleView> items, int page, int size, long totalItems) {
    }

    private final MongoTemplate mongo;

    public RuleQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<RuleView> find(String ruleId) {
        return Optional.ofNullable(mongo.findOne(query(where("_id").is(ruleId).and("deleted").is(false)), RuleView.class));
    }

    public RulePage list(int page, int size) {
        Query live = query(where("deleted").is(false));
        long total = mongo.count(live, RuleView.class);
        List<RuleView> items = mongo.find(Query.of(live).with(PRECEDENCE).skip((long) page * size).limit(size), RuleView.class);
        return new RulePage(items, page, size, total);
    }

    public long countLive() {
        return mongo.count(query(where("deleted").is(false)), RuleView.class);
    }

    /** The ids of the rules that take a lead of {@code source} in {@code pipelineId} (either may be null), in precedence order. */
    public List<String> matching(LeadSource source, String pipelineId) {
        Criteria bySource = source == null ? where("anySource").is(true)
                : new Criteria().orOperator(where("anySource").is(true), where("sources").is(source.name()));
        Criteria byPipeline = pipelineId == null ? where("anyPipeline").is(true)
                : new Criteria().orOperator(where("anyPipeline").is(true), where("pipelineId").is(pipelineId));
        Query matching = query(where("deleted").is(false).andOperator(bySource, byPipeline))
                .with(PRECEDENCE)
                .limit(MAX_MATCHING);
        matching.fields().include("_id");
        return mongo.find(matching, Document.class, RuleProjection.COLLECTION).stream().map(rule -> rule.getString("_id")).toList();
    }
}
