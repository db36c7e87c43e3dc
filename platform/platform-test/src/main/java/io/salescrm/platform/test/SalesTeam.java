package io.salescrm.platform.test;

import io.salescrm.org.api.role.PredefinedRoles;
import org.awaitility.Awaitility;
import org.springframework.boot.test.web.client.TestRestTemplate;

import java.time.Duration;

/**
 * A small sales organisation published through {@link OrgMother}, for access tests:
 * <pre>
 * company
 *  └ sales department ............ head of sales (role Head of sales)
 *     ├ group A .................. group head A (Group head), managers A1, A2 (Manager)
 *     │  └ sub-group A-1 ......... manager A3 (Manager)
 *     └ group B .................. group head B (Group head), manager B1 (Manager)
 * analyst (Analyst) in the company unit
 * </pre>
 */
public record SalesTeam(String company, String salesDepartment, String groupA, String subGroupA1, String groupB,
                        String headOfSales, String groupHeadA, String managerA1, String managerA2, String managerA3,
                        String groupHeadB, String managerB1, String analyst) {

    private static SalesTeam shared;

    /** One team per test JVM on the embedded broker, for tests that only need someone allowed to act. */
    public static synchronized SalesTeam shared() {
        if (shared == null) {
            try (OrgMother org = OrgMother.onEmbeddedKafka()) {
                shared = publish(org);
            }
        }
        return shared;
    }

    /** A new team with new ids, for tests that count what each member sees. */
    public static SalesTeam fresh() {
        try (OrgMother org = OrgMother.onEmbeddedKafka()) {
            return publish(org);
        }
    }

    /**
     * Waits until the service behind {@code http} lets each employee {@code GET path} (its access model has
     * caught up with the team's events); at most 30 s.
     */
    public static void awaitReadable(TestRestTemplate http, String path, String... employeeIds) {
        for (String employeeId : employeeIds) {
            TestRestTemplate as = TestTokens.as(http, TestTokens.bearer(employeeId));
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> as.getForEntity(path, String.class).getStatusCode().is2xxSuccessful());
        }
    }

    public static SalesTeam publish(OrgMother org) {
        org.withPredefinedRoles();
        String company = org.company("Company");
        String sales = org.department("Sales", company);
        String groupA = org.salesGroup("Group A", sales);
        String subGroupA1 = org.salesGroup("Group A-1", groupA);
        String groupB = org.salesGroup("Group B", sales);

        String headOfSales = org.employee("Head of sales", sales);
        String groupHeadA = org.employee("Group head A", groupA);
        String managerA1 = org.employee("Manager A1", groupA);
        String managerA2 = org.employee("Manager A2", groupA);
        String managerA3 = org.employee("Manager A3", subGroupA1);
        String groupHeadB = org.employee("Group head B", groupB);
        String managerB1 = org.employee("Manager B1", groupB);
        String analyst = org.employee("Analyst", company);

        org.assign(PredefinedRoles.HEAD_OF_SALES, headOfSales);
        org.assign(PredefinedRoles.GROUP_HEAD, groupHeadA);
        org.assign(PredefinedRoles.GROUP_HEAD, groupHeadB);
        for (String manager : new String[]{managerA1, managerA2, managerA3, managerB1}) {
            org.assign(PredefinedRoles.MANAGER, manager);
        }
        org.assign(PredefinedRoles.ANALYST, analyst);
        return new SalesTeam(company, sales, groupA, subGroupA1, groupB, headOfSales, groupHeadA, managerA1, managerA2,
                managerA3, groupHeadB, managerB1, analyst);
    }
}
