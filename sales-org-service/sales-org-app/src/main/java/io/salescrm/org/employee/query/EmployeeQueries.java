package io.salescrm.org.employee.query;

import io.salescrm.org.orgunit.command.UnitStaff;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/** Reads of the employee read model: single employees, filtered pages, and the checks the org structure needs. */
@Component
public class EmployeeQueries implements UnitStaff {

    public record EmployeePage(List<EmployeeView> items, int page, int size, long totalItems) {
    }

    private final MongoTemplate mongo;

    public EmployeeQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<EmployeeView> find(String employeeId) {
        return Optional.ofNullable(mongo.findById(employeeId, EmployeeView.class));
    }

    /**
     * Employees by name: members of {@code unitId} (primary or further) when given, only active or inactive ones
     * when {@code active} is given, and those whose name, login or email contains {@code text} (ignoring case).
     */
    public EmployeePage search(String unitId, Boolean active, String text, int page, int size) {
        Query query = new Query();
        if (unitId != null) {
            query.addCriteria(where("unitIds").is(unitId));
        }
        if (active != null) {
            query.addCriteria(where("active").is(active));
        }
        if (text != null && !text.isBlank()) {
            String pattern = literal(text.strip());
            query.addCriteria(new Criteria().orOperator(
                    where("fullName").regex(pattern, "i"),
                    where("login").regex(pattern, "i"),
                    where("email").regex(pattern, "i")));
        }
        long total = mongo.count(query, EmployeeView.class);
        query.with(Sort.by("fullName", "_id")).skip((long) page * size).limit(size);
        return new EmployeePage(mongo.find(query, EmployeeView.class), page, size, total);
    }

    @Override
    public EmployeeStatus employeeStatus(String employeeId) {
        return find(employeeId)
                .map(employee -> employee.active() ? EmployeeStatus.ACTIVE : EmployeeStatus.INACTIVE)
                .orElse(EmployeeStatus.UNKNOWN);
    }

    @Override
    public boolean hasActiveMembers(String unitId) {
        return mongo.exists(query(where("unitIds").is(unitId).and("active").is(true)), EmployeeView.class);
    }

    /** A regular expression matching {@code text} literally, in the syntax MongoDB and the embedded server share. */
    static String literal(String text) {
        StringBuilder pattern = new StringBuilder(text.length() * 2);
        for (char c : text.toCharArray()) {
            if (!Character.isLetterOrDigit(c) && c != ' ') {
                pattern.append('\\');
            }
            pattern.append(c);
        }
        return pattern.toString();
    }
}
