package io.salescrm.org.distribution.query;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The open leads of each employee, for the fewest-open-leads strategy: {@code distribution_leads}, one document
 * per lead, from the pipeline's lead events (created, assigned, closed) and from distribution's own decisions.
 * Every write is idempotent: creation only inserts, a pipeline assignment applies only if it is newer than the
 * last one applied (pipeline sequence number), a decision only fills in a lead the pipeline has not assigned yet,
 * and closing is final. So redelivered, replayed or reordered events leave the same counts.
 */
@Component
public class LeadLoad {

    public static final String COLLECTION = "distribution_leads";

    private final MongoTemplate mongo;

    public LeadLoad(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A lead was created, with a responsible or (null) without one. */
    public void created(String leadId, String responsibleId, long sequence) {
        known(leadId);
        if (responsibleId != null) {
            assigned(leadId, responsibleId, sequence);
        }
    }

    /** The pipeline made {@code responsibleId} responsible for the lead with its event number {@code sequence}. */
    public void assigned(String leadId, String responsibleId, long sequence) {
        known(leadId);
        Criteria newer = new Criteria().orOperator(where("assignedSequence").is(null), where("assignedSequence").lt(sequence));
        mongo.updateFirst(query(where("_id").is(leadId)).addCriteria(newer),
                new Update().set("responsibleId", responsibleId).set("assignedSequence", sequence), COLLECTION);
    }

    /** Distribution decided the lead goes to {@code employeeId}; counts until the pipeline's own assignment. */
    public void decided(String leadId, String employeeId) {
        known(leadId);
        mongo.updateFirst(query(where("_id").is(leadId).and("assignedSequence").is(null)),
                new Update().set("responsibleId", employeeId), COLLECTION);
    }

    public void closed(String leadId) {
        known(leadId);
        mongo.updateFirst(query(where("_id").is(leadId)), new Update().set("open", false), COLLECTION);
    }

    /** Open leads per employee among {@code employeeIds}; employees without any are absent. */
    public Map<String, Long> openLeads(Collection<String> employeeIds) {
        Map<String, Long> counts = new HashMap<>();
        if (employeeIds.isEmpty()) {
            return counts;
        }
        Aggregation perEmployee = Aggregation.newAggregation(
                match(where("open").is(true).and("responsibleId").in(employeeIds)),
                group("responsibleId").count().as("count"));
        for (Document row : mongo.aggregate(perEmployee, COLLECTION, Document.class)) {
            counts.put(row.getString("_id"), ((Number) row.get("count")).longValue());
        }
        return counts;
    }

    private void known(String leadId) {
        // Inserted open once; never reopened by a late or repeated creation event.
        mongo.upsert(query(where("_id").is(leadId)), new Update().setOnInsert("open", true), COLLECTION);
    }
}
