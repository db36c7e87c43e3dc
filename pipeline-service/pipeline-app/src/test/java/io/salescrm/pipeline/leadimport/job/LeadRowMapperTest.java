package io.salescrm.pipeline.leadimport.job;

import io.salescrm.pipeline.api.contact.Phone;
import io.salescrm.pipeline.api.contact.PhoneType;
import io.salescrm.pipeline.api.lead.LeadDetails;
import io.salescrm.pipeline.api.lead.LeadSource;
import io.salescrm.platform.currency.ExchangeRates;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LeadRowMapperTest {

    private static final ExchangeRates RATES = new ExchangeRates("RUB", Map.of("USD", new BigDecimal("80.00")));
    private static final Map<String, String> MAPPING = Map.of("Company", "companyName", "Name", "firstName",
            "Phone", "phone", "Mobile", "phone", "E-mail", "email", "Budget", "amount", "Currency", "currency",
            "Source", "source", "Industry", "custom:industry");

    @Test
    void aRowBecomesLeadDetailsByTheMapping() throws IOException {
        LeadRow row = map(MAPPING, "Company;Name;Phone;Mobile;E-mail;Budget;Currency;Source;Industry\n"
                + "ООО Ромашка;Иван;8 (912) 345-67-89;+7 900 000-00-00;Ivan@Example.RU;1 500,50;USD;search engine;Retail\n");
        LeadDetails details = row.details();
        assertThat(details.title()).isEqualTo("ООО Ромашка");
        assertThat(details.companyName()).isEqualTo("ООО Ромашка");
        assertThat(details.name().first()).isEqualTo("Иван");
        assertThat(details.phones()).extracting(Phone::number).containsExactly("8 (912) 345-67-89", "+7 900 000-00-00");
        assertThat(details.emails()).containsExactly("ivan@example.ru");
        assertThat(details.expectedAmount().amount()).isEqualByComparingTo("1500.50");
        assertThat(details.expectedAmount().amountInBase()).isEqualByComparingTo("120040.00");
        assertThat(details.source()).isEqualTo(LeadSource.SEARCH_ENGINE);
        assertThat(details.customFields()).containsEntry("industry", "Retail");
        assertThat(row.responsibleId()).isNull();
    }

    @Test
    void withoutATitleOrCompanyTheNameOrContactIsTheTitle() throws IOException {
        assertThat(map(Map.of("Name", "firstName"), "Name\nПётр\n").details().title()).isEqualTo("Пётр");
        assertThat(map(Map.of("E-mail", "email"), "E-mail\nx@y.ru\n").details().title()).isEqualTo("x@y.ru");
        assertThatThrownBy(() -> map(Map.of("Name", "firstName"), "Name;Other\n;something\n"))
                .isInstanceOf(RowRejectedException.class);
    }

    @Test
    void aBadValueNamesItsColumn() {
        assertThatThrownBy(() -> map(MAPPING, "Company;Budget\nA;lots\n"))
                .isInstanceOfSatisfying(RowRejectedException.class, e -> assertThat(e.column()).isEqualTo("Budget"));
        assertThatThrownBy(() -> map(MAPPING, "Company;Source\nA;television\n"))
                .isInstanceOfSatisfying(RowRejectedException.class, e -> assertThat(e.column()).isEqualTo("Source"));
        assertThatThrownBy(() -> map(MAPPING, "Company;Budget;Currency\nA;10;XYZ\n"))
                .isInstanceOfSatisfying(RowRejectedException.class, e -> assertThat(e.column()).isEqualTo("Currency"));
        assertThatThrownBy(() -> map(MAPPING, "Company\n" + "x".repeat(LeadRowMapper.MAX_CELL_LENGTH + 1) + "\n"))
                .isInstanceOf(RowRejectedException.class);
    }

    @Test
    void columnsAreNumbersWithoutAHeaderRow() throws IOException {
        var options = new LeadImportOptions("UTF-8", ',', false, Map.of("2", "title", "3", "email"), DuplicatePolicy.SKIP, LeadSource.MAP, null);
        CSVRecord record = records(options, "ignored,Lead title,a@b.ru\n").get(0);
        LeadDetails details = new LeadRowMapper(options, RATES).map(record).details();
        assertThat(details.title()).isEqualTo("Lead title");
        assertThat(details.emails()).containsExactly("a@b.ru");
        assertThat(details.source()).isEqualTo(LeadSource.MAP);
    }

    @Test
    void fillingAnExistingLeadAddsContactsAndReplacesOnlyGivenValues() {
        LeadDetails existing = new LeadDetails("Old title", null, "Old company", "CEO", List.of(new Phone("+79120000000", PhoneType.MOBILE)),
                List.of("a@b.ru"), null, null, LeadSource.CALL, null, null, List.of(), "keep me", Map.of("a", "1"));
        LeadDetails row = new LeadDetails("Row title", null, "New company", null, List.of(new Phone("+79121111111", PhoneType.WORK)),
                List.of("a@b.ru", "c@d.ru"), "https://new.example", null, LeadSource.WEBSITE, null, null, List.of(), null, Map.of("b", "2"));
        LeadDetails filled = LeadRowMapper.fill(existing, row);
        assertThat(filled.title()).isEqualTo("Old title");
        assertThat(filled.companyName()).isEqualTo("New company");
        assertThat(filled.position()).isEqualTo("CEO");
        assertThat(filled.phones()).extracting(Phone::number).containsExactly("+79120000000", "+79121111111");
        assertThat(filled.emails()).containsExactly("a@b.ru", "c@d.ru");
        assertThat(filled.website()).isEqualTo("https://new.example");
        assertThat(filled.source()).isEqualTo(LeadSource.CALL);
        assertThat(filled.comments()).isEqualTo("keep me");
        assertThat(filled.customFields()).containsEntry("a", "1").containsEntry("b", "2");
        assertThat(LeadRowMapper.fill(filled, row)).isEqualTo(filled);
    }

    private static LeadRow map(Map<String, String> mapping, String csv) throws IOException {
        var options = new LeadImportOptions("UTF-8", ';', true, mapping, DuplicatePolicy.SKIP, null, null);
        return new LeadRowMapper(options, RATES).map(records(options, csv).get(0));
    }

    private static List<CSVRecord> records(LeadImportOptions options, String csv) throws IOException {
        try (CSVParser parser = LeadImportRunner.format(options).parse(new StringReader(csv))) {
            return parser.getRecords();
        }
    }
}
