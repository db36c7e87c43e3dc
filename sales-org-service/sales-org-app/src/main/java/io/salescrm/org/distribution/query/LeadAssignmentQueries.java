package io.salescrm.org.distribution.query;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Reads of {@code distribution_assignments}. */
@Component
public class LeadAssignmentQueries {

    public record AssignmentPage(List<LeadAssignmentView> items, int page, int size, long totalItems) {
    }

    private final MongoTemplate mongo;

    public LeadAssignmentQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<LeadAssignmentView> find(String leadId) {
        return Optional.ofNullable(mongo.findById(leadId, LeadAssignmentView.class));
    }

    /** Newest first; {@code ruleId} and {@code employeeId} narrow the list when given. */
    public AssignmentPage list(String ruleId, String employeeId, int page, int size) {
        Query filter = new Query();
        if (ruleId != null) {
            filter.addCriteria(where("ruleId").is(ruleId));
        }
        if (employeeId != null) {
            filter.addCriteria(where("employeeId").is(employeeId));
        }
        long total = mongo.count(filter, LeadAssignmentView.class);
        List<LeadAssignmentView> items = mongo.find(Query.of(filter)
                .with(Sort.by(Sort.Order.desc("decidedAt"), Sort.Order.asc("_id")))
                .skip((long) page * size).limit(size), LeadAssignmentView.class);
        return new AssignmentPage(items, page, size, total);
    }
}
