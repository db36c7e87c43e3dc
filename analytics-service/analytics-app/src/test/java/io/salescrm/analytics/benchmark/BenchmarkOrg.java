package io.salescrm.analytics.benchmark;

import io.salescrm.analytics.org.EmployeeUnitHistory;
import io.salescrm.analytics.org.OrgUnit;
import io.salescrm.org.api.role.PredefinedRoles;
import io.salescrm.platform.test.OrgMother;
import io.salescrm.platform.test.SalesTeam;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * The org of the analytics load harnesses: one company, 2 departments, 20 sales groups (10 per department), a head
 * per group and 10 managers per group (200), and a Head of sales (who also holds ORG WRITE at level ALL).
 */
record BenchmarkOrg(String headOfSales, List<String> groups, List<String> groupHeads, Map<String, String> groupOfManager) {

    static final int DEPARTMENTS = 2;
    static final int GROUPS = 20;
    static final int MANAGERS_PER_GROUP = 10;

    static BenchmarkOrg publish() {
        try (OrgMother org = OrgMother.onEmbeddedKafka()) {
            org.withPredefinedRoles();
            String company = org.company("Benchmark company");
            List<String> departments = new ArrayList<>();
            for (int d = 0; d < DEPARTMENTS; d++) {
                departments.add(org.department("Sales " + d, company));
            }
            String headOfSales = org.employee("Head of sales", departments.get(0));
            org.assign(PredefinedRoles.HEAD_OF_SALES, headOfSales);
            List<String> groups = new ArrayList<>();
            List<String> heads = new ArrayList<>();
            Map<String, String> groupOfManager = new LinkedHashMap<>();
            for (int g = 0; g < GROUPS; g++) {
                String group = org.salesGroup("Group " + g, departments.get(g % DEPARTMENTS));
                groups.add(group);
                String head = org.employee("Head " + g, group);
                org.assign(PredefinedRoles.GROUP_HEAD, head);
                heads.add(head);
                for (int m = 0; m < MANAGERS_PER_GROUP; m++) {
                    String manager = org.employee("Manager " + g + "-" + m, group);
                    org.assign(PredefinedRoles.MANAGER, manager);
                    groupOfManager.put(manager, group);
                }
            }
            return new BenchmarkOrg(headOfSales, groups, heads, groupOfManager);
        }
    }

    String manager(int group, int index) {
        return managers().get(group * MANAGERS_PER_GROUP + index);
    }

    List<String> managers() {
        return List.copyOf(groupOfManager.keySet());
    }

    /**
     * Waits until analytics knows the whole org (its units, every manager's unit history) and its access model lets
     * a manager, a group head and the Head of sales read figures.
     */
    void awaitKnownBy(TestRestTemplate http, MongoTemplate mongo) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() ->
                mongo.count(Query.query(Criteria.where("_id").in(groups)), OrgUnit.class) == groups.size()
                        && mongo.count(Query.query(Criteria.where("_id").in(managers())), EmployeeUnitHistory.class)
                        == groupOfManager.size());
        SalesTeam.awaitReadable(http, "/deals/summary", headOfSales, groupHeads.get(GROUPS - 1), manager(GROUPS - 1, MANAGERS_PER_GROUP - 1));
    }
}
