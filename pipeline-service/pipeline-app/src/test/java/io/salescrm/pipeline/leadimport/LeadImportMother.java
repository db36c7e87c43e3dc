package io.salescrm.pipeline.leadimport;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.platform.test.TestTokens;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.nio.charset.Charset;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.awaitility.Awaitility.await;

/** Test data for lead imports: CSV files, options and the multipart requests that start an import. */
public final class LeadImportMother {

    /** The usual mapping of the test files' header row. */
    public static final Map<String, String> MAPPING = Map.of("Компания", "companyName", "Имя", "firstName",
            "Телефон", "phone", "Email", "email", "Бюджет", "amount", "Источник", "source");

    private static final Set<String> ENDED = Set.of("COMPLETED", "FAILED", "INTERRUPTED", "UNDONE");

    private LeadImportMother() {
    }

    /** A CSV text with the usual header row and these data rows, joined by the delimiter. */
    public static String csv(char delimiter, String[]... rows) {
        StringBuilder text = new StringBuilder(String.join(String.valueOf(delimiter), "Компания", "Имя", "Телефон", "Email", "Бюджет", "Источник"));
        text.append("\r\n");
        for (String[] row : rows) {
            text.append(String.join(String.valueOf(delimiter), row)).append("\r\n");
        }
        return text.toString();
    }

    public static Map<String, Object> options(String encoding, String delimiter, String duplicatePolicy) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("encoding", encoding);
        options.put("delimiter", delimiter);
        options.put("header", true);
        options.put("mapping", MAPPING);
        options.put("duplicatePolicy", duplicatePolicy);
        options.put("defaultSource", "PURCHASED_DATABASE");
        return options;
    }

    public static ResponseEntity<JsonNode> start(TestRestTemplate http, String employee, byte[] file, Map<String, Object> options) {
        return start(http, employee, new ByteArrayResource(file) {
            @Override
            public String getFilename() {
                return "leads.csv";
            }
        }, options);
    }

    public static ResponseEntity<JsonNode> start(TestRestTemplate http, String employee, String csv, Charset charset, Map<String, Object> options) {
        return start(http, employee, csv.getBytes(charset), options);
    }

    /** Starts an import of {@code file} (any resource, e.g. a large generated file on disk). */
    public static ResponseEntity<JsonNode> start(TestRestTemplate http, String employee, Resource file, Map<String, Object> options) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        HttpHeaders fileHeaders = new HttpHeaders();
        fileHeaders.setContentType(MediaType.parseMediaType("text/csv"));
        parts.add("file", new HttpEntity<>(file, fileHeaders));
        HttpHeaders optionHeaders = new HttpHeaders();
        optionHeaders.setContentType(MediaType.APPLICATION_JSON);
        parts.add("options", new HttpEntity<>(options, optionHeaders));
        HttpHeaders headers = TestTokens.headersWith(TestTokens.bearer(employee));
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.exchange("/lead-imports", HttpMethod.POST, new HttpEntity<>(parts, headers), JsonNode.class);
    }

    /** The job once it has ended (completed, failed, interrupted or undone). */
    public static JsonNode awaitEnd(TestRestTemplate http, String employee, String jobId, Duration atMost) {
        TestRestTemplate as = TestTokens.as(http, TestTokens.bearer(employee));
        return await().atMost(atMost).pollInterval(Duration.ofMillis(200)).until(
                () -> as.getForObject("/lead-imports/" + jobId, JsonNode.class),
                job -> job != null && ENDED.contains(job.path("status").asText()));
    }
}
