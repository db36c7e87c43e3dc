package io.salescrm.pipeline.company.command;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CompanyRequisitesTest {

    @Test
    void innOfAnOrganisationHasTenDigitsWithACheckDigit() {
        assertThat(CompanyRequisites.isValidInn("7707083893")).isTrue();
        assertThat(CompanyRequisites.isValidInn("7707083894")).isFalse();
        assertThat(CompanyRequisites.isValidInn("770708389")).isFalse();
        assertThat(CompanyRequisites.isValidInn("77070838AB")).isFalse();
    }

    @Test
    void innOfAnIndividualHasTwelveDigitsWithTwoCheckDigits() {
        assertThat(CompanyRequisites.isValidInn("500100732259")).isTrue();
        assertThat(CompanyRequisites.isValidInn("500100732258")).isFalse();
    }

    @Test
    void ogrnKppBicAndAccountsHaveTheirFormats() {
        assertThat(CompanyRequisites.isValidOgrn("1027700132195")).isTrue();
        assertThat(CompanyRequisites.isValidOgrn("1027700132196")).isFalse();
        assertThat(CompanyRequisites.isValidKpp("773601001")).isTrue();
        assertThat(CompanyRequisites.isValidKpp("77360100")).isFalse();
        assertThat(CompanyRequisites.isValidBic("044525225")).isTrue();
        assertThat(CompanyRequisites.isValidBic("04452522")).isFalse();
        assertThat(CompanyRequisites.isValidAccount("40702810938000012345")).isTrue();
        assertThat(CompanyRequisites.isValidAccount("4070281093800001234")).isFalse();
    }
}
