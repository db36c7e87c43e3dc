package io.salescrm.platform.access;

import io.salescrm.org.api.orgunit.OrgUnitKind;
import io.salescrm.org.api.role.AccessLevel;
import io.salescrm.org.api.role.DealStageRule;
import io.salescrm.org.api.role.Permission;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.List;
import java.util.Set;

import static io.salescrm.org.api.role.AccessLevel.ALL;
import static io.salescrm.org.api.role.AccessLevel.DEPARTMENT;
import static io.salescrm.org.api.role.AccessLevel.NONE;
import static io.salescrm.org.api.role.AccessLevel.OPEN;
import static io.salescrm.org.api.role.AccessLevel.OWN;
import static io.salescrm.org.api.role.AccessLevel.SUBDEPARTMENTS;
import static io.salescrm.org.api.role.Action.ADD;
import static io.salescrm.org.api.role.Action.READ;
import static io.salescrm.org.api.role.Action.WRITE;
import static io.salescrm.org.api.role.EntityType.ANALYTICS;
import static io.salescrm.org.api.role.EntityType.DEAL;
import static io.salescrm.org.api.role.EntityType.LEAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The access rules on a small org tree:
 * <pre>
 * company
 *  └ sales ........ head
 *     ├ groupA .... x, a1          (x is also a further member of groupB in some tests)
 *     │  └ subA ... a3
 *     │     └ subSubA ... a4
 *     └ groupB .... b1
 * </pre>
 */
class AccessPolicyTest {

    private AccessModelFixture org;
    private AccessPolicy policy;

    @BeforeEach
    void setUp() {
        org = new AccessModelFixture();
        policy = new AccessPolicy(org.model, new CurrentEmployee());
        org.unit("company", OrgUnitKind.COMPANY, null);
        org.unit("sales", OrgUnitKind.DEPARTMENT, "company");
        org.unit("groupA", OrgUnitKind.SALES_GROUP, "sales");
        org.unit("subA", OrgUnitKind.SALES_GROUP, "groupA");
        org.unit("subSubA", OrgUnitKind.SALES_GROUP, "subA");
        org.unit("groupB", OrgUnitKind.SALES_GROUP, "sales");
        org.employee("head", "sales");
        org.employee("x", "groupA");
        org.employee("a1", "groupA");
        org.employee("a3", "subA");
        org.employee("a4", "subSubA");
        org.employee("b1", "groupB");
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
        org.close();
    }

    private void give(String employee, AccessLevel readLevel) {
        String role = org.role("role-" + readLevel + "-" + employee, List.of(new Permission(DEAL, READ, readLevel)));
        org.assign(role, employee);
    }

    @Test
    void noneReachesNothing() {
        give("x", NONE);
        assertThat(policy.levelFor("x", DEAL, READ)).isEqualTo(NONE);
        assertThat(policy.scopeFor("x", DEAL, READ).isNone()).isTrue();
    }

    @Test
    void ownReachesOnlyTheEmployeesOwnRecords() {
        give("x", OWN);
        AccessScope scope = policy.scopeFor("x", DEAL, READ);
        assertThat(scope.responsibleIds()).containsExactly("x");
        assertThat(scope.includesOpenRecords()).isFalse();
        assertThat(scope.covers("x", false)).isTrue();
        assertThat(scope.covers("a1", true)).isFalse();
    }

    @Test
    void departmentReachesTheMembersOfTheEmployeesUnitsButNotTheUnitsBelow() {
        give("x", DEPARTMENT);
        assertThat(policy.scopeFor("x", DEAL, READ).responsibleIds()).containsExactlyInAnyOrder("x", "a1");
    }

    @Test
    void subdepartmentsReachesEveryUnitBelowAtAnyDepth() {
        give("x", SUBDEPARTMENTS);
        assertThat(policy.scopeFor("x", DEAL, READ).responsibleIds()).containsExactlyInAnyOrder("x", "a1", "a3", "a4");
        give("head", SUBDEPARTMENTS);
        assertThat(policy.scopeFor("head", DEAL, READ).responsibleIds())
                .containsExactlyInAnyOrder("head", "x", "a1", "a3", "a4", "b1");
    }

    @Test
    void openReachesOwnRecordsAndEveryOpenRecord() {
        give("x", OPEN);
        AccessScope scope = policy.scopeFor("x", DEAL, READ);
        assertThat(scope.responsibleIds()).containsExactly("x");
        assertThat(scope.includesOpenRecords()).isTrue();
        assertThat(scope.covers("b1", true)).isTrue();
        assertThat(scope.covers("b1", false)).isFalse();
    }

    @Test
    void allReachesEverything() {
        give("x", ALL);
        assertThat(policy.scopeFor("x", DEAL, READ)).isEqualTo(AccessScope.ALL);
        assertThat(policy.scopeFor("x", DEAL, READ).covers("anyone", false)).isTrue();
        assertThat(policy.scopeFor("x", DEAL, READ).covers(null, false)).isTrue();
    }

    @Test
    void cellsARoleDoesNotListAreNone() {
        give("x", ALL);
        assertThat(policy.levelFor("x", DEAL, WRITE)).isEqualTo(NONE);
        assertThat(policy.levelFor("x", LEAD, READ)).isEqualTo(NONE);
        assertThat(policy.scopeFor("x", LEAD, READ).isNone()).isTrue();
    }

    @Test
    void withSeveralRolesTheMostGenerousLevelWins() {
        give("x", OWN);
        give("x", DEPARTMENT);
        assertThat(policy.levelFor("x", DEAL, READ)).isEqualTo(DEPARTMENT);
        assertThat(policy.scopeFor("x", DEAL, READ).responsibleIds()).containsExactlyInAnyOrder("x", "a1");
        give("x", ALL);
        assertThat(policy.levelFor("x", DEAL, READ)).isEqualTo(ALL);
    }

    @Test
    void subdepartmentsAndOpenFromTwoRolesReachBoth() {
        give("x", SUBDEPARTMENTS);
        give("x", OPEN);
        assertThat(policy.levelFor("x", DEAL, READ)).isEqualTo(OPEN);
        AccessScope scope = policy.scopeFor("x", DEAL, READ);
        assertThat(scope.responsibleIds()).containsExactlyInAnyOrder("x", "a1", "a3", "a4");
        assertThat(scope.includesOpenRecords()).isTrue();
    }

    @Test
    void aRoleAssignedToAUnitAppliesToItsMembersInTheirPrimaryAndFurtherUnits() {
        String role = org.role("group-b-readers", List.of(new Permission(DEAL, READ, DEPARTMENT)));
        org.assignToUnit(role, "groupB");
        assertThat(policy.levelFor("b1", DEAL, READ)).isEqualTo(DEPARTMENT);
        assertThat(policy.levelFor("x", DEAL, READ)).isEqualTo(NONE);

        org.joinUnit("x", "groupB");
        assertThat(policy.levelFor("x", DEAL, READ)).isEqualTo(DEPARTMENT);
        // DEPARTMENT covers the members of all of x's units: groupA (primary) and groupB (further)
        assertThat(policy.scopeFor("x", DEAL, READ).responsibleIds()).containsExactlyInAnyOrder("x", "a1", "b1");
        // a unit-assigned role does not reach the members of the units below
        assertThat(policy.levelFor("a3", DEAL, READ)).isEqualTo(NONE);
    }

    @Test
    void aDeactivatedEmployeeHasNoRightsUntilReactivated() {
        give("x", ALL);
        org.deactivate("x");
        assertThat(policy.levelFor("x", DEAL, READ)).isEqualTo(NONE);
        assertThat(policy.scopeFor("x", DEAL, READ).isNone()).isTrue();
        org.reactivate("x");
        assertThat(policy.levelFor("x", DEAL, READ)).isEqualTo(ALL);
    }

    @Test
    void aDeactivatedEmployeesRecordsStayVisibleToHisHead() {
        give("head", SUBDEPARTMENTS);
        org.deactivate("a3");
        assertThat(policy.scopeFor("head", DEAL, READ).responsibleIds()).contains("a3");
    }

    @Test
    void anUnknownEmployeeHasNoRights() {
        assertThat(policy.levelFor("nobody", DEAL, READ)).isEqualTo(NONE);
        assertThat(policy.scopeFor("nobody", DEAL, READ)).isEqualTo(AccessScope.NONE);
        assertThat(policy.levelFor(null, DEAL, READ)).isEqualTo(NONE);
    }

    @Test
    void movingAUnitMovesItsWholeSubtree() {
        give("head", SUBDEPARTMENTS);
        org.unit("company2", OrgUnitKind.COMPANY, null);
        org.moveUnit("subA", "groupA", "company2");
        assertThat(policy.scopeFor("head", DEAL, READ).responsibleIds()).doesNotContain("a3", "a4");
        give("x", SUBDEPARTMENTS);
        assertThat(policy.scopeFor("x", DEAL, READ).responsibleIds()).containsExactlyInAnyOrder("x", "a1");

        org.moveUnit("subA", "company2", "groupB");
        assertThat(policy.scopeFor("head", DEAL, READ).responsibleIds()).contains("a3", "a4");
        give("b1", SUBDEPARTMENTS);
        assertThat(policy.scopeFor("b1", DEAL, READ).responsibleIds()).containsExactlyInAnyOrder("b1", "a3", "a4");
    }

    @Test
    void aRoleChangeAndAnUnassignmentApplyAtOnce() {
        String role = org.role("changing", List.of(new Permission(DEAL, READ, OWN)));
        org.assign(role, "x");
        assertThat(policy.levelFor("x", DEAL, READ)).isEqualTo(OWN);
        org.changeRole(role, List.of(new Permission(DEAL, READ, ALL)));
        assertThat(policy.levelFor("x", DEAL, READ)).isEqualTo(ALL);
        org.unassign(role, "x");
        assertThat(policy.levelFor("x", DEAL, READ)).isEqualTo(NONE);
    }

    @Test
    void redeliveredAndReplayedEventsChangeNothing() {
        String role = org.role("replayed", List.of(new Permission(DEAL, READ, OWN)));
        long assigned = org.publish(role, new io.salescrm.org.api.role.RoleAssignedEvent(role, io.salescrm.org.api.role.RoleSubject.EMPLOYEE, "x"));
        org.unassign(role, "x");
        // the assignment again, as a redelivery or a replay from the start would bring it
        org.deliver(role, assigned, new io.salescrm.org.api.role.RoleAssignedEvent(role, io.salescrm.org.api.role.RoleSubject.EMPLOYEE, "x"));
        assertThat(policy.levelFor("x", DEAL, READ)).isEqualTo(NONE);

        // an older org-tree event delivered again does not move the unit back
        org.unit("elsewhere", OrgUnitKind.DEPARTMENT, "company");
        org.moveUnit("subA", "groupA", "elsewhere");
        org.deliver(io.salescrm.org.api.orgunit.OrgStructure.ID, 3,
                new io.salescrm.org.api.orgunit.OrgUnitCreatedEvent(io.salescrm.org.api.orgunit.OrgStructure.ID, "subA", OrgUnitKind.SALES_GROUP, "subA", "groupA"));
        give("x", SUBDEPARTMENTS);
        assertThat(policy.scopeFor("x", DEAL, READ).responsibleIds()).containsExactlyInAnyOrder("x", "a1");
    }

    @Test
    void dealLevelsCanBeNarrowedPerPipelineAndStage() {
        DealStageRule pipelineRule = new DealStageRule("p1", null, List.of(new Permission(DEAL, READ, OWN)), null);
        DealStageRule stageRule = new DealStageRule("p1", "won", List.of(new Permission(DEAL, READ, NONE)), null);
        String role = org.role("narrowed", List.of(new Permission(DEAL, READ, ALL), new Permission(DEAL, WRITE, ALL)),
                List.of(pipelineRule, stageRule));
        org.assign(role, "x");

        assertThat(policy.levelFor("x", DEAL, READ)).isEqualTo(ALL);
        assertThat(policy.levelFor("x", DEAL, READ, "p2", "new")).isEqualTo(ALL);
        assertThat(policy.levelFor("x", DEAL, READ, "p1", "new")).isEqualTo(OWN);
        assertThat(policy.levelFor("x", DEAL, READ, "p1", "won")).isEqualTo(NONE);
        // actions a rule does not list keep the role's general level
        assertThat(policy.levelFor("x", DEAL, WRITE, "p1", "won")).isEqualTo(ALL);
        assertThat(policy.scopeFor("x", DEAL, READ, "p1", "new").responsibleIds()).containsExactly("x");
        // rules narrow deals only
        assertThat(policy.levelFor("x", LEAD, READ, "p1", "won")).isEqualTo(NONE);
    }

    @Test
    void theStagesARoleMayMoveDealsIntoCanBeListed() {
        DealStageRule pipelineRule = new DealStageRule("p1", null, List.of(), List.of("qualified", "offer"));
        DealStageRule fromOffer = new DealStageRule("p1", "offer", List.of(), List.of("qualified"));
        DealStageRule noWriteInLost = new DealStageRule("p1", "lost", List.of(new Permission(DEAL, WRITE, NONE)), null);
        String role = org.role("mover", List.of(new Permission(DEAL, WRITE, OWN)), List.of(pipelineRule, fromOffer, noWriteInLost));
        org.assign(role, "x");

        assertThat(policy.mayMoveDealInto("x", "p1", "offer")).isTrue();
        assertThat(policy.mayMoveDealInto("x", "p1", "won")).isFalse();
        assertThat(policy.mayMoveDealInto("x", "p2", "won")).isTrue();
        assertThat(policy.mayMoveDeal("x", "p1", "offer", "qualified")).isTrue();
        assertThat(policy.mayMoveDeal("x", "p1", "offer", "offer")).isFalse(); // from "offer" only "qualified"
        assertThat(policy.mayMoveDeal("x", "p1", "qualified", "offer")).isTrue();
        assertThat(policy.mayMoveDealInto("a1", "p1", "offer")).isFalse();

        // another role without restrictions: the most generous wins
        String free = org.role("free-mover", List.of(new Permission(DEAL, WRITE, OWN)));
        org.assign(free, "x");
        assertThat(policy.mayMoveDealInto("x", "p1", "won")).isTrue();
    }

    @Test
    void aRuleWithoutWriteInTheTargetStageForbidsMovingThere() {
        DealStageRule noWriteInLost = new DealStageRule("p1", "lost", List.of(new Permission(DEAL, WRITE, NONE)), null);
        org.assign(org.role("no-lost", List.of(new Permission(DEAL, WRITE, ALL)), List.of(noWriteInLost)), "x");
        assertThat(policy.mayMoveDealInto("x", "p1", "lost")).isFalse();
        assertThat(policy.mayMoveDealInto("x", "p1", "won")).isTrue();
    }

    @Test
    void theCallersScopeAndCommandChecksUseTheTokensSubject() {
        give("x", OWN);
        String role = org.role("x-adds-own", List.of(new Permission(DEAL, ADD, OWN)));
        org.assign(role, "x");
        signIn("x");

        assertThat(policy.scope(DEAL, READ).responsibleIds()).containsExactly("x");
        policy.require(DEAL, ADD, "x", false);
        assertThatThrownBy(() -> policy.require(DEAL, ADD, "a1", false))
                .isInstanceOfSatisfying(AccessDeniedProblem.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
                    assertThat(e.getBody().getProperties()).containsEntry("entity", "DEAL").containsEntry("action", "ADD");
                });
        assertThatThrownBy(() -> policy.requireScope(ANALYTICS, READ)).isInstanceOf(AccessDeniedProblem.class);
    }

    @Test
    void withoutASignedInCallerThereIsNoCurrentEmployee() {
        assertThat(new CurrentEmployee().idIfSignedIn()).isEmpty();
        assertThatThrownBy(() -> policy.scope(DEAL, READ)).isInstanceOf(org.springframework.web.ErrorResponseException.class);
    }

    private static void signIn(String employeeId) {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject(employeeId).claim("scope", "crm").build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt, Set.of()));
    }
}
