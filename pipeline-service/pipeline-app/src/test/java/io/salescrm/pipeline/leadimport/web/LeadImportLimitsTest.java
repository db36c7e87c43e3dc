package io.salescrm.pipeline.leadimport.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.platform.test.SalesTeam;
import io.salescrm.platform.test.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static io.salescrm.pipeline.leadimport.LeadImportMother.awaitEnd;
import static io.salescrm.pipeline.leadimport.LeadImportMother.csv;
import static io.salescrm.pipeline.leadimport.LeadImportMother.options;
import static io.salescrm.pipeline.leadimport.LeadImportMother.start;
import static org.assertj.core.api.Assertions.assertThat;

/** Imports are bounded: file size (413 before anything is stored) and row length (a row error, or the end of a file without row ends). */
@ServiceIntegrationTest
@TestPropertySource(properties = {"crm.lead-import.max-file-bytes=60000", "crm.web.upload-limits.[/lead-imports]=70000",
        "crm.lead-import.max-row-chars=300"})
class LeadImportLimitsTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void aFileAboveTheLimitIsA413Problem() {
        String importer = importer();
        String big = csv(',', new String[]{"x".repeat(80_000), "", "", "", "", ""});
        ResponseEntity<JsonNode> refused = start(http, importer, big, StandardCharsets.UTF_8, options("UTF-8", ",", "SKIP"));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);

        String aboveTheFileLimitOnly = csv(',', new String[]{"x".repeat(65_000), "", "", "", "", ""});
        ResponseEntity<JsonNode> alsoRefused = start(http, importer, aboveTheFileLimitOnly, StandardCharsets.UTF_8, options("UTF-8", ",", "SKIP"));
        assertThat(alsoRefused.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    }

    @Test
    void aRowAboveTheLengthLimitFailsAndAFileWithoutRowEndsStopsTheJob() {
        String importer = importer();
        String longRow = csv(',', new String[]{"y".repeat(400), "", "", "", "", ""});
        JsonNode job = awaitEnd(http, importer, id(start(http, importer, longRow, StandardCharsets.UTF_8, options("UTF-8", ",", "SKIP"))),
                Duration.ofSeconds(30));
        assertThat(job.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(job.get("failed").asLong()).isEqualTo(1);

        String unclosedQuote = csv(',') + "\"never closed," + "z".repeat(40_000);
        JsonNode stopped = awaitEnd(http, importer, id(start(http, importer, unclosedQuote, StandardCharsets.UTF_8, options("UTF-8", ",", "SKIP"))),
                Duration.ofSeconds(30));
        assertThat(stopped.get("status").asText()).isEqualTo("FAILED");
        assertThat(stopped.get("message").asText()).contains("longer than 300 characters");
    }

    private String importer() {
        SalesTeam team = SalesTeam.shared();
        SalesTeam.awaitReadable(http, "/activities", team.headOfSales());
        return team.headOfSales();
    }

    private static String id(ResponseEntity<JsonNode> started) {
        assertThat(started.getStatusCode()).as(started.toString()).isEqualTo(HttpStatus.ACCEPTED);
        return started.getBody().get("id").asText();
    }
}
