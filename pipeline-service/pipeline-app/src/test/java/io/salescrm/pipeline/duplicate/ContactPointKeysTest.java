package io.salescrm.pipeline.duplicate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContactPointKeysTest {

    @Test
    void russianNationalNumbersBecomeE164() {
        assertThat(ContactPointKeys.phone("8 (912) 345-67-89")).isEqualTo("+79123456789");
        assertThat(ContactPointKeys.phone("7 912 345 67 89")).isEqualTo("+79123456789");
        assertThat(ContactPointKeys.phone("912-345-67-89")).isEqualTo("+79123456789");
        assertThat(ContactPointKeys.phone("+7 (912) 345-67-89")).isEqualTo("+79123456789");
    }

    @Test
    void otherInternationalNumbersKeepTheirCountryCode() {
        assertThat(ContactPointKeys.phone("+49 30 1234567")).isEqualTo("+49301234567");
        assertThat(ContactPointKeys.phone("+1 (415) 555-0100")).isEqualTo("+14155550100");
    }

    @Test
    void textThatIsNoNumberHasNoKey() {
        assertThat(ContactPointKeys.phone("call me")).isNull();
        assertThat(ContactPointKeys.phone("123")).isNull();
        assertThat(ContactPointKeys.phone(null)).isNull();
    }

    @Test
    void emailsAreLowercasedAndTrimmed() {
        assertThat(ContactPointKeys.email("  Ivan.Petrov@Romashka.RU ")).isEqualTo("ivan.petrov@romashka.ru");
        assertThat(ContactPointKeys.email(" ")).isNull();
    }

    @Test
    void companyNamesLoseCaseQuotesPunctuationAndLegalForms() {
        assertThat(ContactPointKeys.companyName("ООО \"Ромашка\"")).isEqualTo("ромашка");
        assertThat(ContactPointKeys.companyName("«РОМАШКА», ооо")).isEqualTo("ромашка");
        assertThat(ContactPointKeys.companyName("Acme, LLC")).isEqualTo("acme");
        assertThat(ContactPointKeys.companyName("Acme Ltd.")).isEqualTo("acme");
        assertThat(ContactPointKeys.companyName("Coca-Cola Company")).isEqualTo("coca cola company");
        assertThat(ContactPointKeys.companyName("ООО")).isNull();
    }

    @Test
    void taxIdsKeepOnlyTheirDigits() {
        assertThat(ContactPointKeys.taxId(" 7707 083893 ")).isEqualTo("7707083893");
        assertThat(ContactPointKeys.taxId("")).isNull();
    }
}
