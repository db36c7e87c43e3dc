package io.salescrm.org.orgunit.command;

import io.salescrm.org.api.orgunit.CloseOrgUnitCommand;
import io.salescrm.org.api.orgunit.CreateOrgUnitCommand;
import io.salescrm.org.api.orgunit.MoveOrgUnitCommand;
import io.salescrm.org.api.orgunit.OrgUnitClosedEvent;
import io.salescrm.org.api.orgunit.OrgUnitHeadSetEvent;
import io.salescrm.org.api.orgunit.OrgUnitKind;
import io.salescrm.org.api.orgunit.OrgUnitMovedEvent;
import io.salescrm.org.api.orgunit.OrgUnitRenamedEvent;
import io.salescrm.org.api.orgunit.RenameOrgUnitCommand;
import io.salescrm.org.api.orgunit.SetOrgUnitHeadCommand;
import io.salescrm.org.orgunit.command.UnitStaff.EmployeeStatus;
import io.salescrm.platform.json.CrmJson;
import io.salescrm.platform.rules.ConflictException;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.rules.RuleViolationException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.salescrm.org.orgunit.OrgUnitMother.COMPANY;
import static io.salescrm.org.orgunit.OrgUnitMother.S;
import static io.salescrm.org.orgunit.OrgUnitMother.companyCreated;
import static io.salescrm.org.orgunit.OrgUnitMother.createDepartment;
import static io.salescrm.org.orgunit.OrgUnitMother.departmentCreated;
import static io.salescrm.org.orgunit.OrgUnitMother.groupCreated;
import static org.assertj.core.api.Assertions.assertThat;

class OrgStructureAggregateTest {

    private FixtureConfiguration<OrgStructureAggregate> fixture;
    private final StubStaff staff = new StubStaff();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(OrgStructureAggregate.class);
        fixture.registerInjectableResource(staff);
    }

    // --- the company ---

    @Test
    void theFirstUnitIsTheCompany() {
        fixture.givenNoPriorActivity()
                .when(new CreateOrgUnitCommand(S, COMPANY, OrgUnitKind.COMPANY, "  Acme  ", null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(companyCreated());
    }

    @Test
    void aDepartmentBeforeTheCompanyIsRefused() {
        fixture.givenNoPriorActivity()
                .when(createDepartment("sales", "Sales", COMPANY))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("The company must be created before any department or sales group.")
                .expectNoEvents();
    }

    @Test
    void aSecondCompanyIsRefused() {
        fixture.given(companyCreated())
                .when(new CreateOrgUnitCommand(S, "other", OrgUnitKind.COMPANY, "Other Inc", null))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void theCompanyHasNoParent() {
        fixture.givenNoPriorActivity()
                .when(new CreateOrgUnitCommand(S, COMPANY, OrgUnitKind.COMPANY, "Acme", "somewhere"))
                .expectException(InvalidFieldException.class)
                .expectNoEvents();
    }

    // --- creating units ---

    @Test
    void departmentsAndSalesGroupsNestUnderOpenUnits() {
        fixture.given(companyCreated(), departmentCreated("sales", "Sales", COMPANY))
                .when(new CreateOrgUnitCommand(S, "g1", OrgUnitKind.SALES_GROUP, "Group 1", "sales"))
                .expectEvents(groupCreated("g1", "Group 1", "sales"));
    }

    @Test
    void aUnitNeedsAParent() {
        fixture.given(companyCreated())
                .when(createDepartment("sales", "Sales", null))
                .expectException(InvalidFieldException.class)
                .expectNoEvents();
    }

    @Test
    void aUnitUnderAnUnknownParentIsNotFound() {
        fixture.given(companyCreated())
                .when(createDepartment("sales", "Sales", "nowhere"))
                .expectException(NotFoundException.class)
                .expectExceptionMessage("No unit with id nowhere.")
                .expectNoEvents();
    }

    @Test
    void aUnitUnderAClosedParentIsRefused() {
        fixture.given(companyCreated(), departmentCreated("old", "Old", COMPANY), new OrgUnitClosedEvent(S, "old"))
                .when(createDepartment("new", "New", "old"))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void aDuplicateNameAmongSiblingsIsAConflictIgnoringCase() {
        fixture.given(companyCreated(), departmentCreated("sales", "Sales", COMPANY))
                .when(createDepartment("sales-2", " SALES ", COMPANY))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void theSameNameUnderAnotherParentIsFine() {
        fixture.given(companyCreated(), departmentCreated("north", "North", COMPANY), departmentCreated("south", "South", COMPANY),
                        groupCreated("n1", "Group 1", "north"))
                .when(new CreateOrgUnitCommand(S, "s1", OrgUnitKind.SALES_GROUP, "Group 1", "south"))
                .expectEvents(groupCreated("s1", "Group 1", "south"));
    }

    @Test
    void theNameOfAClosedSiblingMayBeReused() {
        fixture.given(companyCreated(), departmentCreated("sales", "Sales", COMPANY), new OrgUnitClosedEvent(S, "sales"))
                .when(createDepartment("sales-2", "Sales", COMPANY))
                .expectEvents(departmentCreated("sales-2", "Sales", COMPANY));
    }

    @Test
    void aUnitIdIsUsedOnce() {
        fixture.given(companyCreated(), departmentCreated("sales", "Sales", COMPANY))
                .when(createDepartment("sales", "Marketing", COMPANY))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void namesAreOneToTwoHundredCharacters() {
        fixture.given(companyCreated())
                .when(createDepartment("d", "x".repeat(OrgStructureAggregate.MAX_NAME_LENGTH + 1), COMPANY))
                .expectException(InvalidFieldException.class)
                .expectNoEvents();
        fixture.given(companyCreated())
                .when(createDepartment("d", "   ", COMPANY))
                .expectException(InvalidFieldException.class)
                .expectNoEvents();
        fixture.given(companyCreated())
                .when(createDepartment("d", "x".repeat(OrgStructureAggregate.MAX_NAME_LENGTH), COMPANY))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void theTreeDepthIsBounded() {
        List<Object> chain = new ArrayList<>();
        chain.add(companyCreated());
        String parent = COMPANY;
        for (int level = 1; level <= OrgStructureAggregate.MAX_DEPTH; level++) {
            chain.add(departmentCreated("d" + level, "Level " + level, parent));
            parent = "d" + level;
        }
        fixture.given(chain)
                .when(createDepartment("too-deep", "Too deep", parent))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    // --- renaming ---

    @Test
    void aUnitCanBeRenamed() {
        fixture.given(companyCreated(), departmentCreated("sales", "Sales", COMPANY))
                .when(new RenameOrgUnitCommand(S, "sales", "Sales & Marketing"))
                .expectEvents(new OrgUnitRenamedEvent(S, "sales", "Sales & Marketing"));
    }

    @Test
    void renamingToASiblingsNameIsAConflict() {
        fixture.given(companyCreated(), departmentCreated("sales", "Sales", COMPANY), departmentCreated("hr", "HR", COMPANY))
                .when(new RenameOrgUnitCommand(S, "hr", "sales"))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void renamingToTheSameNameChangesNothing() {
        fixture.given(companyCreated(), departmentCreated("sales", "Sales", COMPANY))
                .when(new RenameOrgUnitCommand(S, "sales", "Sales "))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void renamingAnUnknownUnitIsNotFound() {
        fixture.given(companyCreated())
                .when(new RenameOrgUnitCommand(S, "nope", "Name"))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }

    // --- moving ---

    @Test
    void aUnitMovesWithItsSubtreeUnderAnotherUnit() {
        fixture.given(companyCreated(), departmentCreated("north", "North", COMPANY), departmentCreated("south", "South", COMPANY),
                        groupCreated("g1", "Group 1", "north"))
                .when(new MoveOrgUnitCommand(S, "g1", "south"))
                .expectEvents(new OrgUnitMovedEvent(S, "g1", "north", "south"));
    }

    @Test
    void movingAUnitUnderItselfIsRefused() {
        fixture.given(companyCreated(), departmentCreated("sales", "Sales", COMPANY))
                .when(new MoveOrgUnitCommand(S, "sales", "sales"))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("A unit cannot be moved under itself.")
                .expectNoEvents();
    }

    @Test
    void movingAUnitUnderItsOwnDescendantIsRefusedAsACycle() {
        fixture.given(companyCreated(), departmentCreated("sales", "Sales", COMPANY), groupCreated("g1", "Group 1", "sales"),
                        groupCreated("g11", "Group 1.1", "g1"))
                .when(new MoveOrgUnitCommand(S, "sales", "g11"))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Unit sales cannot be moved under g11, which is one of its own descendants: that would make a cycle.")
                .expectNoEvents();
    }

    @Test
    void theCompanyCannotBeMoved() {
        fixture.given(companyCreated(), departmentCreated("sales", "Sales", COMPANY))
                .when(new MoveOrgUnitCommand(S, COMPANY, "sales"))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void movingIntoAParentWithASiblingOfTheSameNameIsAConflict() {
        fixture.given(companyCreated(), departmentCreated("north", "North", COMPANY), departmentCreated("south", "South", COMPANY),
                        groupCreated("n1", "Group 1", "north"), groupCreated("s1", "Group 1", "south"))
                .when(new MoveOrgUnitCommand(S, "n1", "south"))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void movingUnderAClosedUnitIsRefused() {
        fixture.given(companyCreated(), departmentCreated("north", "North", COMPANY), departmentCreated("old", "Old", COMPANY),
                        new OrgUnitClosedEvent(S, "old"))
                .when(new MoveOrgUnitCommand(S, "north", "old"))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void movingToTheCurrentParentChangesNothing() {
        fixture.given(companyCreated(), departmentCreated("sales", "Sales", COMPANY))
                .when(new MoveOrgUnitCommand(S, "sales", COMPANY))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    // --- heads ---

    @Test
    void anActiveEmployeeCanHeadAUnit() {
        staff.employees.put("e1", EmployeeStatus.ACTIVE);
        fixture.given(companyCreated(), departmentCreated("sales", "Sales", COMPANY))
                .when(new SetOrgUnitHeadCommand(S, "sales", "e1"))
                .expectEvents(new OrgUnitHeadSetEvent(S, "sales", "e1"));
    }

    @Test
    void anUnknownHeadIsNotFound() {
        fixture.given(companyCreated(), departmentCreated("sales", "Sales", COMPANY))
                .when(new SetOrgUnitHeadCommand(S, "sales", "ghost"))
                .expectException(NotFoundException.class)
                .expectExceptionMessage("No employee with id ghost.")
                .expectNoEvents();
    }

    @Test
    void aDeactivatedEmployeeCannotHeadAUnit() {
        staff.employees.put("e1", EmployeeStatus.INACTIVE);
        fixture.given(companyCreated(), departmentCreated("sales", "Sales", COMPANY))
                .when(new SetOrgUnitHeadCommand(S, "sales", "e1"))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void theHeadCanBeRemoved() {
        fixture.given(companyCreated(), departmentCreated("sales", "Sales", COMPANY), new OrgUnitHeadSetEvent(S, "sales", "e1"))
                .when(new SetOrgUnitHeadCommand(S, "sales", null))
                .expectEvents(new OrgUnitHeadSetEvent(S, "sales", null));
    }

    // --- closing ---

    @Test
    void anEmptyUnitCanBeClosed() {
        fixture.given(companyCreated(), departmentCreated("sales", "Sales", COMPANY))
                .when(new CloseOrgUnitCommand(S, "sales"))
                .expectEvents(new OrgUnitClosedEvent(S, "sales"));
    }

    @Test
    void closingAUnitWithOpenChildUnitsIsRefused() {
        fixture.given(companyCreated(), departmentCreated("sales", "Sales", COMPANY), groupCreated("g1", "Group 1", "sales"))
                .when(new CloseOrgUnitCommand(S, "sales"))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Unit sales still has 1 open child unit(s); close or move them first.")
                .expectNoEvents();
    }

    @Test
    void closingAUnitWhoseChildrenAreClosedIsFine() {
        fixture.given(companyCreated(), departmentCreated("sales", "Sales", COMPANY), groupCreated("g1", "Group 1", "sales"),
                        new OrgUnitClosedEvent(S, "g1"))
                .when(new CloseOrgUnitCommand(S, "sales"))
                .expectEvents(new OrgUnitClosedEvent(S, "sales"));
    }

    @Test
    void closingAUnitWithActiveMembersIsRefused() {
        staff.unitsWithActiveMembers.add("sales");
        fixture.given(companyCreated(), departmentCreated("sales", "Sales", COMPANY))
                .when(new CloseOrgUnitCommand(S, "sales"))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void theCompanyCannotBeClosed() {
        fixture.given(companyCreated())
                .when(new CloseOrgUnitCommand(S, COMPANY))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void closingAClosedUnitChangesNothing() {
        fixture.given(companyCreated(), departmentCreated("sales", "Sales", COMPANY), new OrgUnitClosedEvent(S, "sales"))
                .when(new CloseOrgUnitCommand(S, "sales"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aClosedUnitCannotBeRenamedMovedOrHeaded() {
        staff.employees.put("e1", EmployeeStatus.ACTIVE);
        Object[] history = {companyCreated(), departmentCreated("north", "North", COMPANY), departmentCreated("old", "Old", COMPANY),
                new OrgUnitClosedEvent(S, "old")};
        fixture.given(history).when(new RenameOrgUnitCommand(S, "old", "Older"))
                .expectException(RuleViolationException.class).expectNoEvents();
        fixture.given(history).when(new MoveOrgUnitCommand(S, "old", "north"))
                .expectException(RuleViolationException.class).expectNoEvents();
        fixture.given(history).when(new SetOrgUnitHeadCommand(S, "old", "e1"))
                .expectException(RuleViolationException.class).expectNoEvents();
    }

    // --- snapshots ---

    @Test
    void aSnapshotOfTheStructureReadsBackWithTheSameRules() {
        JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(CrmJson.newObjectMapper()).build();
        List<SerializedObject<byte[]>> snapshot = new ArrayList<>();
        fixture.given(companyCreated(), departmentCreated("sales", "Sales", COMPANY), groupCreated("g1", "Group 1", "sales"),
                        new OrgUnitHeadSetEvent(S, "g1", "e1"), departmentCreated("old", "Old", COMPANY), new OrgUnitClosedEvent(S, "old"))
                .when(new RenameOrgUnitCommand(S, "sales", "Sales"))
                .expectState(structure -> snapshot.add(serializer.serialize(structure, byte[].class)));

        assertThat(new String(snapshot.get(0).getData()))
                .contains("\"companyUnitId\":\"" + COMPANY + "\"")
                .contains("\"headEmployeeId\":\"e1\"");
        fromSnapshot(serializer.deserialize(snapshot.get(0)))
                .when(new MoveOrgUnitCommand(S, "sales", "g1"))
                .expectException(RuleViolationException.class);
        fromSnapshot(serializer.deserialize(snapshot.get(0)))
                .when(createDepartment("sales-2", "sales", COMPANY))
                .expectException(ConflictException.class);
        fromSnapshot(serializer.deserialize(snapshot.get(0)))
                .when(new CreateOrgUnitCommand(S, "x", OrgUnitKind.COMPANY, "Second", null))
                .expectException(RuleViolationException.class);
        fromSnapshot(serializer.deserialize(snapshot.get(0)))
                .when(createDepartment("old-2", "Old", COMPANY))
                .expectEvents(departmentCreated("old-2", "Old", COMPANY));
    }

    private TestExecutor<OrgStructureAggregate> fromSnapshot(OrgStructureAggregate restored) {
        FixtureConfiguration<OrgStructureAggregate> fromSnapshot = new AggregateTestFixture<>(OrgStructureAggregate.class);
        fromSnapshot.registerInjectableResource(staff);
        return fromSnapshot.givenState(() -> restored);
    }

    /** The employee read model as the org structure sees it. */
    static class StubStaff implements UnitStaff {
        final Map<String, EmployeeStatus> employees = new HashMap<>();
        final Set<String> unitsWithActiveMembers = new HashSet<>();

        @Override
        public EmployeeStatus employeeStatus(String employeeId) {
            return employees.getOrDefault(employeeId, EmployeeStatus.UNKNOWN);
        }

        @Override
        public boolean hasActiveMembers(String unitId) {
            return unitsWithActiveMembers.contains(unitId);
        }
    }
}
