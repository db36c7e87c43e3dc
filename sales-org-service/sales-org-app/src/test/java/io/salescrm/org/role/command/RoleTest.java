package io.salescrm.org.role.command;

import io.salescrm.org.api.role.AccessLevel;
import io.salescrm.org.api.role.Action;
import io.salescrm.org.api.role.AssignRoleCommand;
import io.salescrm.org.api.role.ChangeRolePermissionsCommand;
import io.salescrm.org.api.role.DealStageRule;
import io.salescrm.org.api.role.DefineRoleCommand;
import io.salescrm.org.api.role.DeleteRoleCommand;
import io.salescrm.org.api.role.EntityType;
import io.salescrm.org.api.role.Permission;
import io.salescrm.org.api.role.PredefinedRoles;
import io.salescrm.org.api.role.RoleAssignedEvent;
import io.salescrm.org.api.role.RoleDefinedEvent;
import io.salescrm.org.api.role.RoleDeletedEvent;
import io.salescrm.org.api.role.RolePermissionsChangedEvent;
import io.salescrm.org.api.role.RoleSubject;
import io.salescrm.org.api.role.RoleUnassignedEvent;
import io.salescrm.org.api.role.UnassignRoleCommand;
import io.salescrm.platform.rules.ConflictException;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.rules.RuleViolationException;
import org.axonframework.eventsourcing.AggregateDeletedException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Matcher;
import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import static io.salescrm.org.role.RoleMother.NAME;
import static io.salescrm.org.role.RoleMother.cells;
import static io.salescrm.org.role.RoleMother.dealRule;
import static io.salescrm.org.role.RoleMother.define;
import static io.salescrm.org.role.RoleMother.defined;
import static io.salescrm.org.role.RoleMother.definedPredefined;
import static org.assertj.core.api.Assertions.assertThat;

class RoleTest {

    private static final String ROLE = "role-1";
    private static final String ADMIN_ROLE = PredefinedRoles.ADMINISTRATOR;

    private FixtureConfiguration<Role> fixture;
    /** Employees the stand-in for the active-administrators read model calls the last active one. */
    private final Set<String> lastActiveAdministrators = new HashSet<>();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Role.class);
        fixture.registerInjectableResource((LastAdministratorCheck) lastActiveAdministrators::contains);
    }

    // --- defining ---

    @Test
    void definingARoleRecordsItsNameAndMatrixInCanonicalOrder() {
        List<Permission> shuffled = new ArrayList<>(cells());
        java.util.Collections.reverse(shuffled);
        fixture.givenNoPriorActivity()
                .when(new DefineRoleCommand(ROLE, "  " + NAME + " ", null, shuffled, List.of(dealRule())))
                .expectSuccessfulHandlerExecution()
                .expectEvents(defined(ROLE));
    }

    @Test
    void cellsNotListedNeedNotBeGivenAndDealRulesAreOptional() {
        fixture.givenNoPriorActivity()
                .when(new DefineRoleCommand(ROLE, "Nobody", null, List.of(), null))
                .expectEvents(new RoleDefinedEvent(ROLE, "Nobody", null, List.of(), List.of()));
    }

    @Test
    void aBlankNameIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new DefineRoleCommand(ROLE, "  ", null, cells(), List.of()))
                .expectException(invalid("name"))
                .expectNoEvents();
    }

    @Test
    void aNameLongerThanTheLimitIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new DefineRoleCommand(ROLE, "x".repeat(RoleRules.MAX_NAME_LENGTH + 1), null, cells(), List.of()))
                .expectException(invalid("name"))
                .expectNoEvents();
    }

    @Test
    void aCellWithoutALevelIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new DefineRoleCommand(ROLE, NAME, null,
                        List.of(cells().get(0), new Permission(EntityType.DEAL, Action.READ, null)), List.of()))
                .expectException(invalid("permissions[1].level"))
                .expectNoEvents();
    }

    @Test
    void aCellWithoutAnEntityOrActionIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new DefineRoleCommand(ROLE, NAME, null, List.of(new Permission(null, Action.READ, AccessLevel.ALL)), List.of()))
                .expectException(invalid("permissions[0].entity"));
        fixture.givenNoPriorActivity()
                .when(new DefineRoleCommand(ROLE, NAME, null, List.of(new Permission(EntityType.LEAD, null, AccessLevel.ALL)), List.of()))
                .expectException(invalid("permissions[0].action"));
    }

    @Test
    void aRepeatedCellIsRefusedEvenWithAnotherLevel() {
        fixture.givenNoPriorActivity()
                .when(new DefineRoleCommand(ROLE, NAME, null, List.of(
                        new Permission(EntityType.DEAL, Action.READ, AccessLevel.OWN),
                        new Permission(EntityType.DEAL, Action.READ, AccessLevel.ALL)), List.of()))
                .expectException(invalid("permissions[1]"))
                .expectNoEvents();
    }

    @Test
    void aDealRuleMustNameItsPipeline() {
        fixture.givenNoPriorActivity()
                .when(new DefineRoleCommand(ROLE, NAME, null, cells(),
                        List.of(new DealStageRule(" ", null, List.of(), null))))
                .expectException(invalid("dealRules[0].pipelineId"))
                .expectNoEvents();
    }

    @Test
    void aDealRuleStageIsEitherAbsentOrNotBlank() {
        fixture.givenNoPriorActivity()
                .when(new DefineRoleCommand(ROLE, NAME, null, cells(),
                        List.of(new DealStageRule("pipeline-1", "", List.of(), null))))
                .expectException(invalid("dealRules[0].stageId"))
                .expectNoEvents();
    }

    @Test
    void allowedTargetStagesMustBeNonBlankIds() {
        fixture.givenNoPriorActivity()
                .when(new DefineRoleCommand(ROLE, NAME, null, cells(),
                        List.of(new DealStageRule("pipeline-1", null, List.of(), Arrays.asList("stage-2", " ")))))
                .expectException(invalid("dealRules[0].allowedTargetStageIds[1]"))
                .expectNoEvents();
    }

    @Test
    void noTargetStagesMeansDealsMayBeMovedNowhere() {
        DealStageRule frozen = new DealStageRule("pipeline-1", null, List.of(), List.of());
        fixture.givenNoPriorActivity()
                .when(new DefineRoleCommand(ROLE, NAME, null, cells(), List.of(frozen)))
                .expectEvents(new RoleDefinedEvent(ROLE, NAME, null, cells(), List.of(frozen)));
    }

    @Test
    void aDealRuleGovernsOnlyDeals() {
        fixture.givenNoPriorActivity()
                .when(new DefineRoleCommand(ROLE, NAME, null, cells(), List.of(new DealStageRule("pipeline-1", null,
                        List.of(new Permission(EntityType.LEAD, Action.READ, AccessLevel.ALL)), null))))
                .expectException(invalid("dealRules[0].permissions[0].entity"))
                .expectNoEvents();
    }

    @Test
    void aRepeatedDealRuleForTheSameStageIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new DefineRoleCommand(ROLE, NAME, null, cells(), List.of(dealRule(), dealRule())))
                .expectException(invalid("dealRules[1]"))
                .expectNoEvents();
    }

    // --- changing the matrix ---

    @Test
    void changingAMatrixRecordsTheWholeNewMatrix() {
        List<Permission> wider = List.of(new Permission(EntityType.DEAL, Action.READ, AccessLevel.ALL));
        fixture.given(defined(ROLE))
                .when(new ChangeRolePermissionsCommand(ROLE, "Senior accounts", wider, List.of()))
                .expectEvents(new RolePermissionsChangedEvent(ROLE, "Senior accounts", wider, List.of()))
                .expectResultMessagePayload(true);
    }

    @Test
    void anIdenticalMatrixChangesNothing() {
        fixture.given(defined(ROLE))
                .when(new ChangeRolePermissionsCommand(ROLE, NAME, cells(), List.of(dealRule())))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void anInvalidNewMatrixIsRefused() {
        fixture.given(defined(ROLE))
                .when(new ChangeRolePermissionsCommand(ROLE, NAME, null, List.of()))
                .expectException(invalid("permissions"))
                .expectNoEvents();
    }

    @Test
    void predefinedRolesCanBeEditedByAdministrators() {
        List<Permission> narrower = List.of(new Permission(EntityType.DEAL, Action.READ, AccessLevel.OWN));
        fixture.given(definedPredefined(PredefinedRoles.MANAGER, "MANAGER"))
                .when(new ChangeRolePermissionsCommand(PredefinedRoles.MANAGER, "Sales manager", narrower, List.of()))
                .expectEvents(new RolePermissionsChangedEvent(PredefinedRoles.MANAGER, "Sales manager", narrower, List.of()));
    }

    @Test
    void theAdministratorRoleKeepsAllOnTheOrgStructure() {
        List<Permission> withoutOrgDelete = new ArrayList<>();
        for (Action action : Action.values()) {
            withoutOrgDelete.add(new Permission(EntityType.ORG, action, action == Action.DELETE ? AccessLevel.OWN : AccessLevel.ALL));
        }
        fixture.given(definedPredefined(ADMIN_ROLE, "ADMINISTRATOR"))
                .when(new ChangeRolePermissionsCommand(ADMIN_ROLE, "Administrator", withoutOrgDelete, List.of()))
                .expectException(rule("administrator-keeps-org"))
                .expectNoEvents();
    }

    // --- deleting ---

    @Test
    void aCustomRoleCanBeDeleted() {
        fixture.given(defined(ROLE), new RoleAssignedEvent(ROLE, RoleSubject.UNIT, "unit-1"))
                .when(new DeleteRoleCommand(ROLE))
                .expectEvents(new RoleDeletedEvent(ROLE))
                .expectMarkedDeleted();
    }

    @Test
    void aPredefinedRoleCannotBeDeleted() {
        fixture.given(definedPredefined(PredefinedRoles.ANALYST, "ANALYST"))
                .when(new DeleteRoleCommand(PredefinedRoles.ANALYST))
                .expectException(rule("predefined-role"))
                .expectNoEvents();
    }

    @Test
    void aDeletedRoleCannotBeAssignedAnyMore() {
        fixture.given(defined(ROLE), new RoleDeletedEvent(ROLE))
                .when(new AssignRoleCommand(ROLE, RoleSubject.EMPLOYEE, "emp-1"))
                .expectException(AggregateDeletedException.class)
                .expectNoEvents();
    }

    // --- assignments ---

    @Test
    void assigningARoleRecordsTheSubject() {
        fixture.given(defined(ROLE))
                .when(new AssignRoleCommand(ROLE, RoleSubject.UNIT, "unit-1"))
                .expectEvents(new RoleAssignedEvent(ROLE, RoleSubject.UNIT, "unit-1"))
                .expectResultMessagePayload(true);
    }

    @Test
    void assigningARoleTwiceRecordsNothingTheSecondTime() {
        fixture.given(defined(ROLE), new RoleAssignedEvent(ROLE, RoleSubject.EMPLOYEE, "emp-1"))
                .when(new AssignRoleCommand(ROLE, RoleSubject.EMPLOYEE, "emp-1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void anEmployeeAndAUnitWithTheSameIdAreDifferentSubjects() {
        fixture.given(defined(ROLE), new RoleAssignedEvent(ROLE, RoleSubject.EMPLOYEE, "x-1"))
                .when(new AssignRoleCommand(ROLE, RoleSubject.UNIT, "x-1"))
                .expectEvents(new RoleAssignedEvent(ROLE, RoleSubject.UNIT, "x-1"));
    }

    @Test
    void anAssignmentNeedsASubject() {
        fixture.given(defined(ROLE))
                .when(new AssignRoleCommand(ROLE, RoleSubject.EMPLOYEE, " "))
                .expectException(invalid("subjectId"))
                .expectNoEvents();
        fixture.given(defined(ROLE))
                .when(new AssignRoleCommand(ROLE, null, "emp-1"))
                .expectException(invalid("subjectType"))
                .expectNoEvents();
    }

    @Test
    void unassigningEndsTheAssignment() {
        fixture.given(defined(ROLE), new RoleAssignedEvent(ROLE, RoleSubject.EMPLOYEE, "emp-1"))
                .when(new UnassignRoleCommand(ROLE, RoleSubject.EMPLOYEE, "emp-1"))
                .expectEvents(new RoleUnassignedEvent(ROLE, RoleSubject.EMPLOYEE, "emp-1"));
    }

    @Test
    void unassigningASubjectThatDoesNotHoldTheRoleIsRefused() {
        fixture.given(defined(ROLE), new RoleAssignedEvent(ROLE, RoleSubject.EMPLOYEE, "emp-1"),
                        new RoleUnassignedEvent(ROLE, RoleSubject.EMPLOYEE, "emp-1"))
                .when(new UnassignRoleCommand(ROLE, RoleSubject.EMPLOYEE, "emp-1"))
                .expectException(AssignmentNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void theLastActiveAdministratorKeepsTheAdministratorRole() {
        lastActiveAdministrators.add("emp-1");
        fixture.given(definedPredefined(ADMIN_ROLE, "ADMINISTRATOR"),
                        new RoleAssignedEvent(ADMIN_ROLE, RoleSubject.EMPLOYEE, "emp-1"),
                        new RoleAssignedEvent(ADMIN_ROLE, RoleSubject.EMPLOYEE, "emp-deactivated"))
                .when(new UnassignRoleCommand(ADMIN_ROLE, RoleSubject.EMPLOYEE, "emp-1"))
                .expectException(conflict("last-administrator"))
                .expectNoEvents();
    }

    @Test
    void theOnlyEmployeeHoldingTheAdministratorRoleKeepsIt() {
        // decided by the aggregate alone, so two concurrent removals cannot both pass while the read model lags
        fixture.given(definedPredefined(ADMIN_ROLE, "ADMINISTRATOR"),
                        new RoleAssignedEvent(ADMIN_ROLE, RoleSubject.EMPLOYEE, "emp-1"),
                        new RoleAssignedEvent(ADMIN_ROLE, RoleSubject.UNIT, "unit-1"))
                .when(new UnassignRoleCommand(ADMIN_ROLE, RoleSubject.EMPLOYEE, "emp-1"))
                .expectException(conflict("last-administrator"))
                .expectNoEvents();
    }

    @Test
    void theAdministratorRoleCanBeTakenFromOneOfSeveralActiveAdministrators() {
        fixture.given(definedPredefined(ADMIN_ROLE, "ADMINISTRATOR"),
                        new RoleAssignedEvent(ADMIN_ROLE, RoleSubject.EMPLOYEE, "emp-1"),
                        new RoleAssignedEvent(ADMIN_ROLE, RoleSubject.EMPLOYEE, "emp-2"))
                .when(new UnassignRoleCommand(ADMIN_ROLE, RoleSubject.EMPLOYEE, "emp-1"))
                .expectEvents(new RoleUnassignedEvent(ADMIN_ROLE, RoleSubject.EMPLOYEE, "emp-1"));
    }

    @Test
    void theAdministratorRoleCanBeTakenFromAUnit() {
        fixture.given(definedPredefined(ADMIN_ROLE, "ADMINISTRATOR"),
                        new RoleAssignedEvent(ADMIN_ROLE, RoleSubject.EMPLOYEE, "emp-1"),
                        new RoleAssignedEvent(ADMIN_ROLE, RoleSubject.UNIT, "unit-1"))
                .when(new UnassignRoleCommand(ADMIN_ROLE, RoleSubject.UNIT, "unit-1"))
                .expectEvents(new RoleUnassignedEvent(ADMIN_ROLE, RoleSubject.UNIT, "unit-1"));
    }

    @Test
    void otherRolesCanBeTakenFromTheirLastHolder() {
        lastActiveAdministrators.add("emp-1");
        fixture.given(definedPredefined(PredefinedRoles.MANAGER, "MANAGER"),
                        new RoleAssignedEvent(PredefinedRoles.MANAGER, RoleSubject.EMPLOYEE, "emp-1"))
                .when(new UnassignRoleCommand(PredefinedRoles.MANAGER, RoleSubject.EMPLOYEE, "emp-1"))
                .expectEvents(new RoleUnassignedEvent(PredefinedRoles.MANAGER, RoleSubject.EMPLOYEE, "emp-1"));
    }

    // --- the initial administrator ---

    @Test
    void theInitialAdministratorGetsTheAdministratorRoleOnFirstStart() {
        fixture.given(definedPredefined(ADMIN_ROLE, "ADMINISTRATOR"))
                .when(new AssignInitialAdministratorCommand(ADMIN_ROLE, "admin"))
                .expectEvents(new RoleAssignedEvent(ADMIN_ROLE, RoleSubject.EMPLOYEE, "admin"))
                .expectResultMessagePayload(true);
    }

    @Test
    void theInitialAdministratorDoesNotGetTheRoleBackOnceItWasEverAssigned() {
        fixture.given(definedPredefined(ADMIN_ROLE, "ADMINISTRATOR"),
                        new RoleAssignedEvent(ADMIN_ROLE, RoleSubject.EMPLOYEE, "admin"),
                        new RoleAssignedEvent(ADMIN_ROLE, RoleSubject.EMPLOYEE, "emp-2"),
                        new RoleUnassignedEvent(ADMIN_ROLE, RoleSubject.EMPLOYEE, "admin"))
                .when(new AssignInitialAdministratorCommand(ADMIN_ROLE, "admin"))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void theMatrixCannotHaveMoreCellsThanEntitiesTimesActions() {
        assertThat(RoleRules.MAX_CELLS).isEqualTo(EntityType.values().length * Action.values().length);
    }

    private static Matcher<InvalidFieldException> invalid(String field) {
        return thrown(InvalidFieldException.class, InvalidFieldException::field, field);
    }

    private static Matcher<RuleViolationException> rule(String code) {
        return thrown(RuleViolationException.class, RuleViolationException::rule, code);
    }

    private static Matcher<ConflictException> conflict(String code) {
        return thrown(ConflictException.class, ConflictException::rule, code);
    }

    private static <T extends Throwable> Matcher<T> thrown(Class<T> type, Function<T, String> property, String expected) {
        return new TypeSafeMatcher<>(type) {
            @Override
            protected boolean matchesSafely(T item) {
                return expected.equals(property.apply(item));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText(type.getSimpleName() + " about " + expected);
            }
        };
    }
}
