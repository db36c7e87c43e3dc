package io.salescrm.pipeline.leadimport.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.pipeline.api.lead.LeadCreatedEvent;
import io.salescrm.pipeline.api.lead.LeadDetails;
import io.salescrm.pipeline.api.lead.LeadDetailsChangedEvent;
import io.salescrm.pipeline.api.lead.LeadRemovedEvent;
import io.salescrm.pipeline.api.lead.LeadSource;
import io.salescrm.pipeline.leadimport.job.LeadImportChange;
import io.salescrm.pipeline.leadimport.job.LeadImportJobs;
import io.salescrm.pipeline.leadimport.job.LeadImportStatus;
import io.salescrm.platform.access.ActorPropagation;
import io.salescrm.platform.test.SalesTeam;
import io.salescrm.platform.test.ServiceIntegrationTest;
import io.salescrm.platform.test.TestTokens;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.salescrm.pipeline.leadimport.LeadImportMother.awaitEnd;
import static io.salescrm.pipeline.leadimport.LeadImportMother.csv;
import static io.salescrm.pipeline.leadimport.LeadImportMother.options;
import static io.salescrm.pipeline.leadimport.LeadImportMother.start;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/** CSV lead imports through the HTTP API as the Head of sales (IMPORT on leads at ALL). */
@ServiceIntegrationTest
class LeadImportApiTest {

    private static final Duration JOB_TIME = Duration.ofSeconds(60);
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    @Autowired
    TestRestTemplate http;
    @Autowired
    EventStore eventStore;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    LeadImportJobs jobs;
    SalesTeam team;
    String importer;

    @BeforeEach
    void signIn() {
        team = SalesTeam.shared();
        SalesTeam.awaitReadable(http, "/activities", team.headOfSales());
        importer = team.headOfSales();
    }

    @Test
    void aUtf8CommaSeparatedFileCreatesOneLeadPerRowAsTheImporter() {
        String email = unique("romashka");
        String csv = csv(',', new String[]{"ООО Ромашка", "Иван", "8 912 000-00-01", email, "1500.50", "website"},
                new String[]{"\"Лютик, АО\"", "Пётр", "", unique("lutik"), "", ""});
        JsonNode job = run(csv, StandardCharsets.UTF_8, options("UTF-8", ",", "SKIP"));

        assertThat(job.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(job.get("rowsRead").asLong()).isEqualTo(2);
        assertThat(job.get("created").asLong()).isEqualTo(2);
        assertThat(job.get("failed").asLong()).isZero();
        List<DomainEventMessage<?>> first = events(change(job, 1).leadId());
        LeadCreatedEvent created = (LeadCreatedEvent) first.get(0).getPayload();
        assertThat(created.details().companyName()).isEqualTo("ООО Ромашка");
        assertThat(created.details().name().first()).isEqualTo("Иван");
        assertThat(created.details().emails()).containsExactly(email);
        assertThat(created.details().source()).isEqualTo(LeadSource.WEBSITE);
        assertThat(created.details().expectedAmount().amount()).isEqualByComparingTo("1500.50");
        assertThat(first.get(0).getMetaData()).containsEntry(ActorPropagation.METADATA_KEY, importer);
        LeadCreatedEvent second = (LeadCreatedEvent) events(change(job, 2).leadId()).get(0).getPayload();
        assertThat(second.details().companyName()).isEqualTo("Лютик, АО");
        assertThat(second.details().source()).isEqualTo(LeadSource.PURCHASED_DATABASE);
    }

    @Test
    void aWindows1251SemicolonSeparatedFileIsReadInItsEncoding() {
        String csv = csv(';', new String[]{"ЗАО Василёк", "Фёдор", "+7 495 000-00-02", unique("vasilek"), "2000,75", "выставка"});
        JsonNode failedSource = run(csv, WINDOWS_1251, options("windows-1251", ";", "SKIP"));
        assertThat(failedSource.get("failed").asLong()).isEqualTo(1);

        String valid = csv(';', new String[]{"ЗАО Василёк", "Фёдор", "+7 495 000-00-02", unique("vasilek"), "2000,75", "EXHIBITION"});
        JsonNode job = run(valid, WINDOWS_1251, options("windows-1251", ";", "SKIP"));
        assertThat(job.get("created").asLong()).isEqualTo(1);
        LeadDetails details = ((LeadCreatedEvent) events(change(job, 1).leadId()).get(0).getPayload()).details();
        assertThat(details.companyName()).isEqualTo("ЗАО Василёк");
        assertThat(details.name().first()).isEqualTo("Фёдор");
        assertThat(details.expectedAmount().amount()).isEqualByComparingTo("2000.75");
        assertThat(details.source()).isEqualTo(LeadSource.EXHIBITION);
    }

    @Test
    void rowsThatCannotBeLeadsAreReportedByRowAndColumnAndTheOthersImported() {
        String csv = csv(',', new String[]{"Good Ltd", "Ann", "", unique("good"), "10", ""},
                new String[]{"Bad amount Ltd", "Bob", "", unique("bad"), "a lot", ""},
                new String[]{"Bad source Ltd", "Cid", "", unique("src"), "", "television"},
                new String[]{"", "", "", "", "", ""},
                new String[]{"", "", "", "", "5", ""});
        JsonNode job = run(csv, StandardCharsets.UTF_8, options("UTF-8", ",", "SKIP"));

        assertThat(job.get("rowsRead").asLong()).isEqualTo(4);
        assertThat(job.get("created").asLong()).isEqualTo(1);
        assertThat(job.get("failed").asLong()).isEqualTo(3);
        JsonNode errors = get("/lead-imports/" + job.get("id").asText() + "/errors?size=10").getBody();
        assertThat(errors.get("totalItems").asLong()).isEqualTo(3);
        assertThat(errors.get("items").findValuesAsText("row")).containsExactly("2", "3", "5");
        assertThat(errors.get("items").findValuesAsText("column")).containsExactly("Бюджет", "Источник", "title");
        assertThat(get("/lead-imports/" + job.get("id").asText() + "/errors?size=101").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theThreeDuplicatePoliciesSkipUpdateOrCreate() {
        String email = unique("dup");
        JsonNode seed = run(csv(',', new String[]{"Original Ltd", "Olga", "+7 900 111-11-11", email, "", ""}),
                StandardCharsets.UTF_8, options("UTF-8", ",", "SKIP"));
        String original = change(seed, 1).leadId();

        String again = csv(',', new String[]{"Renamed Ltd", "Olga", "8 900 222-22-22", email.toUpperCase(), "", ""});
        JsonNode skip = run(again, StandardCharsets.UTF_8, options("UTF-8", ",", "SKIP"));
        assertThat(skip.get("skipped").asLong()).isEqualTo(1);
        assertThat(skip.get("created").asLong()).isZero();
        assertThat(events(original)).hasSize(1);

        JsonNode update = run(again, StandardCharsets.UTF_8, options("UTF-8", ",", "UPDATE"));
        assertThat(update.get("updated").asLong()).isEqualTo(1);
        LeadDetailsChangedEvent changed = (LeadDetailsChangedEvent) last(events(original));
        assertThat(changed.details().companyName()).isEqualTo("Renamed Ltd");
        assertThat(changed.details().phones()).hasSize(2);

        String byPhone = csv(',', new String[]{"Phone twin", "", "+7 (900) 111-11-11", "", "", ""});
        assertThat(run(byPhone, StandardCharsets.UTF_8, options("UTF-8", ",", "SKIP")).get("skipped").asLong()).isEqualTo(1);
        JsonNode create = run(again, StandardCharsets.UTF_8, options("UTF-8", ",", "CREATE"));
        assertThat(create.get("created").asLong()).isEqualTo(1);
        assertThat(change(create, 1).leadId()).isNotEqualTo(original);
    }

    @Test
    void undoRemovesTheCreatedLeadsAndRestoresTheUpdatedOnesOnce() {
        String email = unique("undo");
        JsonNode seed = run(csv(',', new String[]{"Before Ltd", "Vera", "", email, "100", ""}),
                StandardCharsets.UTF_8, options("UTF-8", ",", "SKIP"));
        String updatedLead = change(seed, 1).leadId();
        LeadDetails before = ((LeadCreatedEvent) events(updatedLead).get(0).getPayload()).details();

        JsonNode job = run(csv(',', new String[]{"After Ltd", "Vera", "+7 901 000-00-00", email, "200", ""},
                        new String[]{"New Ltd", "Nina", "", unique("new"), "", ""}),
                StandardCharsets.UTF_8, options("UTF-8", ",", "UPDATE"));
        assertThat(job.get("updated").asLong()).isEqualTo(1);
        assertThat(job.get("created").asLong()).isEqualTo(1);
        String createdLead = change(job, 2).leadId();
        String id = job.get("id").asText();

        ResponseEntity<JsonNode> undo = http.exchange("/lead-imports/" + id + "/undo", org.springframework.http.HttpMethod.POST,
                new org.springframework.http.HttpEntity<>(null, TestTokens.headersWith(TestTokens.bearer(importer))), JsonNode.class);
        assertThat(undo.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode undone = awaitEnd(http, importer, id, JOB_TIME);
        assertThat(undone.get("status").asText()).isEqualTo("UNDONE");
        assertThat(undone.get("undoneAt").isNull()).isFalse();

        assertThat(last(events(createdLead))).isInstanceOf(LeadRemovedEvent.class);
        LeadDetailsChangedEvent restored = (LeadDetailsChangedEvent) last(events(updatedLead));
        assertThat(restored.details()).isEqualTo(before);

        ResponseEntity<JsonNode> twice = http.exchange("/lead-imports/" + id + "/undo", org.springframework.http.HttpMethod.POST,
                new org.springframework.http.HttpEntity<>(null, TestTokens.headersWith(TestTokens.bearer(importer))), JsonNode.class);
        assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(twice.getBody().get("rule").asText()).isEqualTo("import-not-undoable");
    }

    @Test
    void mappingAndOptionErrorsAreA400NamingTheField() {
        String csv = csv(',', new String[]{"X", "", "", "", "", ""});
        var unknownColumn = options("UTF-8", ",", "SKIP");
        unknownColumn.put("mapping", Map.of("Название", "title"));
        assertInvalid(start(http, importer, csv, StandardCharsets.UTF_8, unknownColumn), "mapping");
        var unknownField = options("UTF-8", ",", "SKIP");
        unknownField.put("mapping", Map.of("Компания", "nickname"));
        assertInvalid(start(http, importer, csv, StandardCharsets.UTF_8, unknownField), "mapping");
        var numberedWithoutHeader = options("UTF-8", ",", "SKIP");
        numberedWithoutHeader.put("header", false);
        assertInvalid(start(http, importer, csv, StandardCharsets.UTF_8, numberedWithoutHeader), "mapping");
        assertInvalid(start(http, importer, csv, StandardCharsets.UTF_8, options("KOI8-R", ",", "SKIP")), "encoding");
        assertInvalid(start(http, importer, csv, StandardCharsets.UTF_8, options("UTF-8", "|", "SKIP")), "delimiter");
        assertInvalid(start(http, importer, new byte[0], options("UTF-8", ",", "SKIP")), "file");
    }

    @Test
    void anEmployeeWithoutImportRightsMayNotImportOrSeeImports() {
        String csv = csv(',', new String[]{"X", "", "", unique("x"), "", ""});
        ResponseEntity<JsonNode> refused = start(http, team.analyst(), csv, StandardCharsets.UTF_8, options("UTF-8", ",", "SKIP"));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        SalesTeam.awaitReadable(http, "/activities", team.managerA1());
        assertThat(start(http, team.managerA1(), csv, StandardCharsets.UTF_8, options("UTF-8", ",", "SKIP")).getStatusCode())
                .as("a Manager (IMPORT OWN) may not import leads for distribution").isEqualTo(HttpStatus.FORBIDDEN);
        var forSomeoneElse = options("UTF-8", ",", "SKIP");
        forSomeoneElse.put("defaultResponsibleId", team.managerA2());
        assertThat(start(http, team.managerA1(), csv, StandardCharsets.UTF_8, forSomeoneElse).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        JsonNode job = run(csv, StandardCharsets.UTF_8, options("UTF-8", ",", "SKIP"));
        var asManager = TestTokens.as(http, TestTokens.bearer(team.managerA1()));
        assertThat(asManager.getForEntity("/lead-imports/" + job.get("id").asText(), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void jobsRunningWhenTheServiceStoppedAreInterrupted() {
        String id = UUID.randomUUID().toString();
        jobs.queue(id, importer, "old.csv", 10, null);
        jobs.transition(id, LeadImportStatus.QUEUED, LeadImportStatus.RUNNING);
        jobs.markInterrupted();
        JsonNode job = get("/lead-imports/" + id).getBody();
        assertThat(job.get("status").asText()).isEqualTo("INTERRUPTED");
        assertThat(get("/lead-imports/" + UUID.randomUUID()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private JsonNode run(String csv, Charset charset, Map<String, Object> options) {
        ResponseEntity<JsonNode> started = start(http, importer, csv, charset, options);
        assertThat(started.getStatusCode()).as(started.toString()).isEqualTo(HttpStatus.ACCEPTED);
        String id = started.getBody().get("id").asText();
        assertThat(started.getHeaders().getLocation()).hasPath("/lead-imports/" + id);
        return awaitEnd(http, importer, id, JOB_TIME);
    }

    private LeadImportChange change(JsonNode job, long row) {
        return mongo.findOne(new Query(where("jobId").is(job.get("id").asText()).and("row").is(row))
                .with(Sort.by("row")), LeadImportChange.class);
    }

    private List<DomainEventMessage<?>> events(String aggregateId) {
        return new ArrayList<>(eventStore.readEvents(aggregateId).asStream().toList());
    }

    private static Object last(List<DomainEventMessage<?>> events) {
        return events.get(events.size() - 1).getPayload();
    }

    private ResponseEntity<JsonNode> get(String path) {
        return TestTokens.as(http, TestTokens.bearer(importer)).getForEntity(path, JsonNode.class);
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.ru";
    }

    private static void assertInvalid(ResponseEntity<JsonNode> response, String field) {
        assertThat(response.getStatusCode()).as(response.toString()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("errors").findValuesAsText("field")).containsExactly(field);
    }
}
