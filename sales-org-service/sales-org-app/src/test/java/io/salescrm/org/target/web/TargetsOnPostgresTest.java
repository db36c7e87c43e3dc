package io.salescrm.org.target.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.org.auth.TestSignIn;
import io.salescrm.platform.test.ServiceIntegrationTestOnPostgres;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.salescrm.org.target.TargetMother.amountBody;
import static io.salescrm.org.target.TargetMother.child;
import static io.salescrm.org.target.TargetMother.splitBody;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The register of active targets ({@code target_keys}, migration V40) on PostgreSQL: written in the transaction of
 * the command's events, so a refused split leaves no row behind and racing creations of the same target end in
 * one target and 409s. Skipped where no local PostgreSQL answers.
 */
@ServiceIntegrationTestOnPostgres
// It plants org read-model documents of its own; a fresh context afterwards keeps them away from other tests.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class TargetsOnPostgresTest {

    TestRestTemplate http;

    @Autowired
    void signIn(TestRestTemplate anonymous) {
        http = TestSignIn.asAdmin(anonymous);
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MongoTemplate mongo;

    @Test
    void aRefusedSplitLeavesNoKeyAndAFinalSplitRegistersItsChildren() {
        String company = givenUnit();
        String group1 = givenUnit();
        String group2 = givenUnit();
        String id = created(amountBody("COMPANY", company, "1000.00"));

        ResponseEntity<JsonNode> refused = http.postForEntity("/targets/" + id + "/split", splitBody(false, List.of(
                child("UNIT", group1, "600.00"), child("UNIT", group2, "300.00"))), JsonNode.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(keysOf(group1, group2)).isZero();

        ResponseEntity<JsonNode> split = http.postForEntity("/targets/" + id + "/split", splitBody(false, List.of(
                child("UNIT", group1, "600.00"), child("UNIT", group2, "400.00"))), JsonNode.class);
        assertThat(split.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(keysOf(group1, group2)).isEqualTo(2);

        ResponseEntity<JsonNode> resplit = http.postForEntity("/targets/" + id + "/split", splitBody(false, List.of(
                child("UNIT", group1, "1000.00"))), JsonNode.class);
        assertThat(resplit.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(keysOf(group1, group2)).isEqualTo(1);
    }

    @Test
    void racingCreationsOfTheSameTargetEndInOneTarget() throws Exception {
        String group = givenUnit();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<HttpStatus>> attempts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                attempts.add(() -> HttpStatus.valueOf(http.postForEntity("/targets",
                        amountBody("UNIT", group, "100.00"), JsonNode.class).getStatusCode().value()));
            }
            List<HttpStatus> statuses = new ArrayList<>();
            for (Future<HttpStatus> result : pool.invokeAll(attempts)) {
                statuses.add(result.get());
            }
            assertThat(statuses).filteredOn(HttpStatus.CREATED::equals).hasSize(1);
            assertThat(statuses).filteredOn(status -> status != HttpStatus.CREATED).containsOnly(HttpStatus.CONFLICT);
            assertThat(keysOf(group)).isEqualTo(1);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry WHERE payloadType = "
                    + "'io.salescrm.org.api.target.TargetSetEvent' AND convert_from(payload, 'UTF8') LIKE ?", Long.class,
                    "%" + group + "%")).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private long keysOf(String... subjects) {
        long count = 0;
        for (String subject : subjects) {
            count += jdbc.queryForObject("SELECT COUNT(*) FROM target_keys WHERE subject_id = ?", Long.class, subject);
        }
        return count;
    }

    private String givenUnit() {
        String id = UUID.randomUUID().toString();
        mongo.getCollection(TargetSubjects.UNITS).insertOne(new Document("_id", id).append("kind", "SALES_GROUP")
                .append("name", "Unit " + id).append("closed", false).append("version", 0L));
        return id;
    }

    private String created(Object body) {
        ResponseEntity<JsonNode> response = http.postForEntity("/targets", body, JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return response.getBody().get("id").asText();
    }
}
