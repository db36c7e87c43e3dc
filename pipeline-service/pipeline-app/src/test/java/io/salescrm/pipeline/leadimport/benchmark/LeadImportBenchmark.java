package io.salescrm.pipeline.leadimport.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.platform.test.SalesTeam;
import io.salescrm.platform.test.ServiceIntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import static io.salescrm.pipeline.leadimport.LeadImportMother.awaitEnd;
import static io.salescrm.pipeline.leadimport.LeadImportMother.options;
import static io.salescrm.pipeline.leadimport.LeadImportMother.start;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Load harness for CSV lead imports (tagged {@code benchmark}, so {@code mvn verify} skips it): 100,000 generated
 * rows (company, name, phone, e-mail, budget, source; all distinct) written to a file on disk, uploaded through
 * the HTTP API and imported with duplicate policy CREATE as the Head of sales, each lead for him. (CREATE: the
 * embedded MongoDB wire server ignores non-unique indexes, so there every duplicate lookup of SKIP and UPDATE
 * scans all leads and the import slows down quadratically; on MongoDB the lookups use the leads' key indexes.)
 * Prints the rate in rows per second (rows read / time from job creation to its end) and writes it to
 * {@code target/benchmark/lead-import.txt}. Run it with
 * {@code mvn -B -pl pipeline-service/pipeline-app test -Dtest=LeadImportBenchmark -Dcrm.benchmark.excluded=none}.
 */
@Tag("benchmark")
@ServiceIntegrationTest
class LeadImportBenchmark {

    static final int ROWS = 100_000;

    @Autowired
    TestRestTemplate http;

    @Test
    void importOneHundredThousandRows() throws IOException {
        SalesTeam team = SalesTeam.shared();
        SalesTeam.awaitReadable(http, "/activities", team.headOfSales());
        Path file = Files.createTempFile("lead-import-benchmark-", ".csv");
        try {
            generate(file);
            var options = options("UTF-8", ",", "CREATE");
            options.put("defaultResponsibleId", team.headOfSales());
            ResponseEntity<JsonNode> started = start(http, team.headOfSales(), new FileSystemResource(file), options);
            assertThat(started.getStatusCode()).as(started.toString()).isEqualTo(HttpStatus.ACCEPTED);
            JsonNode job = awaitEnd(http, team.headOfSales(), started.getBody().get("id").asText(), Duration.ofMinutes(60));

            assertThat(job.get("status").asText()).isEqualTo("COMPLETED");
            assertThat(job.get("rowsRead").asLong()).isEqualTo(ROWS);
            Duration took = Duration.between(Instant.parse(job.get("createdAt").asText()), Instant.parse(job.get("finishedAt").asText()));
            double rate = ROWS / (took.toMillis() / 1000.0);
            String report = String.format(Locale.ROOT, "lead import: %d rows (%.1f MB) in %.1f s = %.0f rows/s; created %d, "
                            + "skipped %d, failed %d%n", ROWS, Files.size(file) / 1e6, took.toMillis() / 1000.0, rate,
                    job.get("created").asLong(), job.get("skipped").asLong(), job.get("failed").asLong());
            System.out.print(report);
            Path out = Path.of("target", "benchmark", "lead-import.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
            assertThat(job.get("created").asLong()).isEqualTo(ROWS);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Writes the rows one by one: the generator holds none of them. */
    private static void generate(Path file) throws IOException {
        String[] sources = {"website", "search engine", "map", "industry directory", "purchased database"};
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Компания,Имя,Телефон,Email,Бюджет,Источник\r\n");
            for (int i = 0; i < ROWS; i++) {
                out.write(String.format(Locale.ROOT, "\"Компания %06d\",Клиент %d,+7 9%09d,client%06d@example.ru,%d.%02d,%s\r\n",
                        i, i, i, i, 1000 + i % 90_000, i % 100, sources[i % sources.length]));
            }
        }
    }
}
