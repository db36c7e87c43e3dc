package io.salescrm.pipeline.company.command;

import io.salescrm.pipeline.api.company.AbsorbCompanyCommand;
import io.salescrm.pipeline.api.company.AssignCompanyCommand;
import io.salescrm.pipeline.api.company.BankDetails;
import io.salescrm.pipeline.api.company.ChangeCompanyDetailsCommand;
import io.salescrm.pipeline.api.company.CompanyAbsorbedEvent;
import io.salescrm.pipeline.api.company.CompanyAssignedEvent;
import io.salescrm.pipeline.api.company.CompanyCreatedEvent;
import io.salescrm.pipeline.api.company.CompanyDetails;
import io.salescrm.pipeline.api.company.CompanyDetailsChangedEvent;
import io.salescrm.pipeline.api.company.CompanyMergedIntoEvent;
import io.salescrm.pipeline.api.company.CreateCompanyCommand;
import io.salescrm.pipeline.api.company.MergeCompanyIntoCommand;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.rules.RuleViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.salescrm.pipeline.party.PartyMother.company;

class CompanyTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");
    private static final String ID = "company-1";

    private FixtureConfiguration<Company> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Company.class);
    }

    private static CompanyCreatedEvent created() {
        return new CompanyCreatedEvent(ID, company("Romashka"), "manager-1", true, null, NOW);
    }

    @Test
    void aCompanyIsCreatedWithItsFullRequisites() {
        fixture.givenCurrentTime(NOW)
                .when(new CreateCompanyCommand(ID, company("Romashka"), "manager-1", true, null))
                .expectEvents(created());
    }

    @Test
    void anInnWithAWrongCheckDigitIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new CreateCompanyCommand(ID, withTaxId("7707083894"), "manager-1", false, null))
                .expectException(InvalidFieldException.class);
        fixture.givenNoPriorActivity()
                .when(new CreateCompanyCommand(ID, withTaxId("500100732259"), "manager-1", false, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void bankDetailsNeedABicOfNineAndAnAccountOfTwentyDigits() {
        fixture.givenNoPriorActivity()
                .when(new CreateCompanyCommand(ID, withBank(new BankDetails("Bank", "12345", "40702810938000012345", null)), "manager-1", false, null))
                .expectException(InvalidFieldException.class);
        fixture.givenNoPriorActivity()
                .when(new CreateCompanyCommand(ID, withBank(new BankDetails("Bank", "044525225", "407", null)), "manager-1", false, null))
                .expectException(InvalidFieldException.class);
    }

    @Test
    void aCompanyNeedsAName() {
        fixture.givenNoPriorActivity()
                .when(new CreateCompanyCommand(ID, company(" "), "manager-1", false, null))
                .expectException(InvalidFieldException.class);
    }

    @Test
    void changedDetailsAreAnEventAndUnchangedOnesNone() {
        CompanyDetails changed = company("Romashka 2");
        fixture.givenCurrentTime(NOW).andGiven(created())
                .when(new ChangeCompanyDetailsCommand(ID, changed, true))
                .expectEvents(new CompanyDetailsChangedEvent(ID, changed, true, NOW));
        fixture.given(created())
                .when(new ChangeCompanyDetailsCommand(ID, company("Romashka"), true))
                .expectNoEvents();
    }

    @Test
    void reassigningRecordsThePreviousResponsible() {
        fixture.givenCurrentTime(NOW).andGiven(created())
                .when(new AssignCompanyCommand(ID, "manager-2"))
                .expectEvents(new CompanyAssignedEvent(ID, "manager-2", "manager-1", NOW));
    }

    @Test
    void aMergedCompanyIsReadOnlyAndTheSurvivorAbsorbsWhatItLacks() {
        fixture.givenCurrentTime(NOW).andGiven(created())
                .when(new MergeCompanyIntoCommand(ID, "company-2"))
                .expectEvents(new CompanyMergedIntoEvent(ID, "company-2", NOW));
        fixture.given(created(), new CompanyMergedIntoEvent(ID, "company-2", NOW))
                .when(new AssignCompanyCommand(ID, "manager-2"))
                .expectException(RuleViolationException.class);

        CompanyDetails bare = new CompanyDetails("Romashka", null, null, null, null, null, null, null, List.of(), List.of(),
                null, null, null, Map.of());
        CompanyDetails merged = company("Romashka old");
        CompanyDetails expected = new CompanyDetails("Romashka", merged.legalName(), merged.taxId(), merged.kpp(),
                merged.ogrn(), merged.industry(), merged.size(), null, List.of(), List.of(),
                new io.salescrm.pipeline.api.company.CompanyAddresses(null, null, null), merged.bank(), null, Map.of());
        fixture.givenCurrentTime(NOW).andGiven(new CompanyCreatedEvent(ID, bare, "manager-1", false, null, NOW))
                .when(new AbsorbCompanyCommand(ID, "company-2", merged))
                .expectEvents(new CompanyAbsorbedEvent(ID, "company-2", expected, NOW));
    }

    private static CompanyDetails withTaxId(String taxId) {
        CompanyDetails d = company("Romashka");
        return new CompanyDetails(d.name(), d.legalName(), taxId, d.kpp(), d.ogrn(), d.industry(), d.size(), d.website(),
                d.phones(), d.emails(), d.addresses(), d.bank(), d.comments(), d.customFields());
    }

    private static CompanyDetails withBank(BankDetails bank) {
        CompanyDetails d = company("Romashka");
        return new CompanyDetails(d.name(), d.legalName(), d.taxId(), d.kpp(), d.ogrn(), d.industry(), d.size(), d.website(),
                d.phones(), d.emails(), d.addresses(), bank, d.comments(), d.customFields());
    }
}
