package io.salescrm.org.distribution.query;

import io.salescrm.org.distribution.command.DistributionRoster;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/** {@link DistributionRoster} answered from distribution's read models. */
@Component
public class MongoDistributionRoster implements DistributionRoster {

    private final MongoTemplate mongo;
    private final LeadLoad leads;

    public MongoDistributionRoster(MongoTemplate mongo, LeadLoad leads) {
        this.mongo = mongo;
        this.leads = leads;
    }

    @Override
    public UnitStatus unitStatus(String unitId) {
        DistributionUnit unit = mongo.findById(unitId, DistributionUnit.class);
        if (unit == null || unit.closed() == null) {
            return UnitStatus.UNKNOWN;
        }
        return unit.closed() ? UnitStatus.CLOSED : UnitStatus.OPEN;
    }

    @Override
    public EmployeeStatus employeeStatus(String employeeId) {
        DistributionEmployee employee = mongo.findById(employeeId, DistributionEmployee.class);
        if (employee == null || employee.active() == null) {
            return EmployeeStatus.UNKNOWN;
        }
        return employee.active() ? EmployeeStatus.ACTIVE : EmployeeStatus.INACTIVE;
    }

    @Override
    public List<String> activeMembers(String unitId) {
        Query members = query(where("active").is(true)
                .orOperator(where("primaryUnitId").is(unitId), where("furtherUnitIds").is(unitId)))
                .with(Sort.by("_id"))
                .limit(MAX_CANDIDATES);
        return mongo.find(members, DistributionEmployee.class).stream().map(DistributionEmployee::id).toList();
    }

    @Override
    public Map<String, Long> openLeads(Collection<String> employeeIds) {
        return leads.openLeads(employeeIds);
    }
}
