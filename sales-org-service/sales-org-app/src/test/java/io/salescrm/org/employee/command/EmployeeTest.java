package io.salescrm.org.employee.command;

import io.salescrm.org.api.employee.ChangeEmployeeProfileCommand;
import io.salescrm.org.api.employee.DeactivateEmployeeCommand;
import io.salescrm.org.api.employee.EmployeeDeactivatedEvent;
import io.salescrm.org.api.employee.EmployeeHiredEvent;
import io.salescrm.org.api.employee.EmployeeJoinedUnitEvent;
import io.salescrm.org.api.employee.EmployeeLeftUnitEvent;
import io.salescrm.org.api.employee.EmployeeMovedEvent;
import io.salescrm.org.api.employee.EmployeeProfileChangedEvent;
import io.salescrm.org.api.employee.EmployeeReactivatedEvent;
import io.salescrm.org.api.employee.HireEmployeeCommand;
import io.salescrm.org.api.employee.JoinUnitCommand;
import io.salescrm.org.api.employee.LeaveUnitCommand;
import io.salescrm.org.api.employee.MoveEmployeeCommand;
import io.salescrm.org.api.employee.ReactivateEmployeeCommand;
import io.salescrm.org.employee.command.UnitDirectory.UnitStatus;
import io.salescrm.org.employee.query.ActiveAdministrators;
import io.salescrm.org.orgunit.command.NotFoundException;
import io.salescrm.platform.rules.ConflictException;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.rules.RuleViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.salescrm.org.employee.EmployeeMother.hire;
import static io.salescrm.org.employee.EmployeeMother.hired;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class EmployeeTest {

    private FixtureConfiguration<Employee> fixture;
    private final Map<String, UnitStatus> units = new HashMap<>();
    private final ActiveAdministrators administrators = mock(ActiveAdministrators.class);

    @BeforeEach
    void setUp() {
        units.put("sales", UnitStatus.OPEN);
        units.put("north", UnitStatus.OPEN);
        units.put("closed", UnitStatus.CLOSED);
        fixture = new AggregateTestFixture<>(Employee.class);
        fixture.registerInjectableResource((UnitDirectory) unitId -> units.getOrDefault(unitId, UnitStatus.UNKNOWN));
        fixture.registerInjectableResource(administrators);
    }

    // --- hiring ---

    @Test
    void anEmployeeIsHiredIntoAnOpenUnit() {
        fixture.givenNoPriorActivity()
                .when(new HireEmployeeCommand("e1", "ivan.petrov", " Ivan Petrov ", "ivan@example.com", " ", "sales"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new EmployeeHiredEvent("e1", "ivan.petrov", "Ivan Petrov", "ivan@example.com", null, "sales"));
    }

    @Test
    void hiringIntoAClosedUnitIsRefused() {
        fixture.givenNoPriorActivity()
                .when(hire("e1", "closed"))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Unit closed is closed and takes no members.")
                .expectNoEvents();
    }

    @Test
    void hiringIntoAnUnknownUnitIsNotFound() {
        fixture.givenNoPriorActivity()
                .when(hire("e1", "nowhere"))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void aLoginIsThreeToSixtyFourCharactersOfASmallAlphabet() {
        for (String bad : List.of("ab", "Ivan", "ivan petrov", "иван", "x".repeat(65))) {
            fixture.givenNoPriorActivity()
                    .when(new HireEmployeeCommand("e1", bad, "Ivan", "ivan@example.com", null, "sales"))
                    .expectException(InvalidFieldException.class)
                    .expectNoEvents();
        }
    }

    @Test
    void anEmailMustBeWellFormed() {
        for (String bad : List.of("ivan", "ivan@", "@example.com", "ivan@example", "iv an@example.com", "ivan@@example.com",
                "a@" + "x".repeat(250) + ".ru")) {
            fixture.givenNoPriorActivity()
                    .when(new HireEmployeeCommand("e1", "ivan", "Ivan", bad, null, "sales"))
                    .expectException(InvalidFieldException.class)
                    .expectNoEvents();
        }
    }

    @Test
    void aFullNameIsRequiredAndBounded() {
        fixture.givenNoPriorActivity()
                .when(new HireEmployeeCommand("e1", "ivan", " ", "ivan@example.com", null, "sales"))
                .expectException(InvalidFieldException.class)
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new HireEmployeeCommand("e1", "ivan", "x".repeat(Employee.MAX_NAME_LENGTH + 1), "ivan@example.com", null, "sales"))
                .expectException(InvalidFieldException.class)
                .expectNoEvents();
    }

    // --- profile ---

    @Test
    void theProfileCanBeChanged() {
        fixture.given(hired("e1", "sales"))
                .when(new ChangeEmployeeProfileCommand("e1", "Ivan Petrov", "petrov@example.com", "Head of sales"))
                .expectEvents(new EmployeeProfileChangedEvent("e1", "Ivan Petrov", "petrov@example.com", "Head of sales"));
    }

    @Test
    void anUnchangedProfileMakesNoEvent() {
        fixture.given(hired("e1", "sales"))
                .when(new ChangeEmployeeProfileCommand("e1", "Ivan Petrov ", "ivan@example.com", "Manager"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    // --- units ---

    @Test
    void anEmployeeMovesToAnotherOpenUnit() {
        fixture.given(hired("e1", "sales"))
                .when(new MoveEmployeeCommand("e1", "north"))
                .expectEvents(new EmployeeMovedEvent("e1", "sales", "north"));
    }

    @Test
    void movingIntoAClosedUnitIsRefused() {
        fixture.given(hired("e1", "sales"))
                .when(new MoveEmployeeCommand("e1", "closed"))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void anEmployeeJoinsAndLeavesFurtherUnits() {
        fixture.given(hired("e1", "sales"))
                .when(new JoinUnitCommand("e1", "north"))
                .expectEvents(new EmployeeJoinedUnitEvent("e1", "north"));
        fixture.given(hired("e1", "sales"), new EmployeeJoinedUnitEvent("e1", "north"))
                .when(new LeaveUnitCommand("e1", "north"))
                .expectEvents(new EmployeeLeftUnitEvent("e1", "north"));
    }

    @Test
    void joiningAUnitTwiceOrThePrimaryUnitChangesNothing() {
        fixture.given(hired("e1", "sales"), new EmployeeJoinedUnitEvent("e1", "north"))
                .when(new JoinUnitCommand("e1", "north"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(hired("e1", "sales"))
                .when(new JoinUnitCommand("e1", "sales"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void joiningAClosedUnitIsRefused() {
        fixture.given(hired("e1", "sales"))
                .when(new JoinUnitCommand("e1", "closed"))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void furtherUnitsAreBounded() {
        List<Object> history = new ArrayList<>();
        history.add(hired("e1", "sales"));
        for (int i = 0; i < Employee.MAX_FURTHER_UNITS; i++) {
            units.put("u" + i, UnitStatus.OPEN);
            history.add(new EmployeeJoinedUnitEvent("e1", "u" + i));
        }
        fixture.given(history)
                .when(new JoinUnitCommand("e1", "north"))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void thePrimaryUnitIsNotLeftButMovedFrom() {
        fixture.given(hired("e1", "sales"))
                .when(new LeaveUnitCommand("e1", "sales"))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void leavingAUnitOneIsNotInIsNotFound() {
        fixture.given(hired("e1", "sales"))
                .when(new LeaveUnitCommand("e1", "north"))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void movingIntoAFurtherUnitMakesItThePrimaryOne() {
        fixture.given(hired("e1", "sales"), new EmployeeJoinedUnitEvent("e1", "north"), new EmployeeMovedEvent("e1", "sales", "north"))
                .when(new LeaveUnitCommand("e1", "north"))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    // --- deactivation ---

    @Test
    void anEmployeeIsDeactivatedAndReactivated() {
        fixture.given(hired("e1", "sales"))
                .when(new DeactivateEmployeeCommand("e1"))
                .expectEvents(new EmployeeDeactivatedEvent("e1"));
        fixture.given(hired("e1", "sales"), new EmployeeDeactivatedEvent("e1"))
                .when(new ReactivateEmployeeCommand("e1"))
                .expectEvents(new EmployeeReactivatedEvent("e1"));
    }

    @Test
    void deactivatingTwiceOrReactivatingAnActiveEmployeeChangesNothing() {
        fixture.given(hired("e1", "sales"), new EmployeeDeactivatedEvent("e1"))
                .when(new DeactivateEmployeeCommand("e1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(hired("e1", "sales"))
                .when(new ReactivateEmployeeCommand("e1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void theLastActiveAdministratorCannotBeDeactivated() {
        when(administrators.isLastActiveAdministrator("e1")).thenReturn(true);
        fixture.given(hired("e1", "sales"))
                .when(new DeactivateEmployeeCommand("e1"))
                .expectException(ConflictException.class)
                .expectExceptionMessage("Employee e1 is the last active administrator; give another active employee the Administrator role first.")
                .expectNoEvents();
    }

    @Test
    void anAdministratorWhoIsNotTheLastCanBeDeactivated() {
        when(administrators.isLastActiveAdministrator("e1")).thenReturn(false);
        fixture.given(hired("e1", "sales"))
                .when(new DeactivateEmployeeCommand("e1"))
                .expectEvents(new EmployeeDeactivatedEvent("e1"));
    }

    @Test
    void reactivationNeedsAnOpenPrimaryUnit() {
        units.put("sales", UnitStatus.CLOSED);
        fixture.given(hired("e1", "sales"), new EmployeeDeactivatedEvent("e1"))
                .when(new ReactivateEmployeeCommand("e1"))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }
}
