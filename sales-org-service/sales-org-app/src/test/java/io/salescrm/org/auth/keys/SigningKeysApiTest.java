package io.salescrm.org.auth.keys;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.org.auth.AuthMother;
import io.salescrm.org.auth.AuthMother.Employee;
import io.salescrm.org.auth.TestSignIn;
import io.salescrm.org.auth.config.AuthSettings;
import io.salescrm.platform.test.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.salescrm.org.auth.AuthMother.kid;
import static io.salescrm.org.auth.AuthMother.login;
import static org.assertj.core.api.Assertions.assertThat;

/** In a context of its own: rotating and retiring keys must not spoil the tokens of other tests. */
@ServiceIntegrationTest
@TestPropertySource(properties = "crm.security.key-cache-ttl=2s")
class SigningKeysApiTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuthSettings settings;
    @Autowired
    SigningKeyStore serviceKeys;

    @BeforeEach
    void administrator() {
        AuthMother.ensureAdministrator(jdbc);
    }

    @Test
    void theJwksPublishesThePublicHalvesOfTheCurrentKeysOnly() {
        ResponseEntity<JsonNode> response = http.getForEntity("/.well-known/jwks.json", JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
        JsonNode keys = response.getBody().get("keys");
        assertThat(keys.size()).isGreaterThanOrEqualTo(1);
        for (JsonNode key : keys) {
            assertThat(key.get("kty").asText()).isEqualTo("RSA");
            assertThat(key.get("use").asText()).isEqualTo("sig");
            assertThat(key.get("alg").asText()).isEqualTo("RS256");
            assertThat(key.get("kid").asText()).isNotBlank();
            assertThat(key.get("e").asText()).isEqualTo("AQAB");
            assertThat(java.util.Base64.getUrlDecoder().decode(key.get("n").asText())).hasSizeBetween(256, 257); // 2048 bits
            assertThat(key.has("d")).isFalse();
            assertThat(key.has("p")).isFalse();
            assertThat(key.has("q")).isFalse();
            assertThat(key.has("dp")).isFalse();
            assertThat(key.has("dq")).isFalse();
            assertThat(key.has("qi")).isFalse();
        }
        assertThat(response.getBody().toString()).doesNotContain("PRIVATE");
    }

    @Test
    void afterARotationOldTokensStayValidUntilTheirKeyIsRetired() {
        Employee employee = AuthMother.activeEmployee(jdbc);
        String before = token(employee);
        String oldKid = kid(before);

        ResponseEntity<JsonNode> rotated = post("/auth/keys/rotate", TestSignIn.adminBearer(http));
        assertThat(rotated.getStatusCode()).isEqualTo(HttpStatus.OK);
        String newKid = rotated.getBody().get("kid").asText();
        assertThat(newKid).isNotEqualTo(oldKid);
        assertThat(rotated.getBody().get("signing").asBoolean()).isTrue();

        List<String> published = jwksKids();
        assertThat(published.get(0)).isEqualTo(newKid);
        assertThat(published).contains(oldKid);
        String after = token(employee);
        assertThat(kid(after)).isEqualTo(newKid);
        assertThat(get("/auth/tokens", before).getStatusCode()).as("signed by the previous key").isEqualTo(HttpStatus.OK);
        assertThat(get("/auth/tokens", after).getStatusCode()).isEqualTo(HttpStatus.OK);

        String admin = TestSignIn.adminBearer(http);
        assertThat(post("/auth/keys/" + oldKid + "/retire", admin).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(jwksKids()).doesNotContain(oldKid).contains(newKid);
        ResponseEntity<JsonNode> refused = get("/auth/tokens", before);
        assertThat(refused.getStatusCode()).as("signed by a retired key").isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(get("/auth/tokens", after).getStatusCode()).isEqualTo(HttpStatus.OK);

        JsonNode listed = get("/auth/keys?size=100", admin).getBody();
        assertThat(listed.get("items").findValuesAsText("kid")).contains(oldKid, newKid);
        assertThat(listed.toString()).doesNotContain("PRIVATE").doesNotContain("\"d\"");
        assertThat(post("/auth/keys/" + oldKid + "/retire", admin).getStatusCode()).as("again").isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void theSigningKeyCannotBeRetiredAndUnknownKeysAre404() {
        String admin = TestSignIn.adminBearer(http);
        String signing = kid(admin.substring("Bearer ".length()));

        ResponseEntity<JsonNode> refused = post("/auth/keys/" + signing + "/retire", admin);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("rule").asText()).isEqualTo("signing-key-in-use");
        assertThat(jwksKids()).contains(signing);

        assertThat(post("/auth/keys/no-such-key/retire", admin).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void onlyKeyAdministratorsManageKeys() {
        Employee employee = AuthMother.activeEmployee(jdbc);
        String bearer = "Bearer " + token(employee);

        assertThat(post("/auth/keys/rotate", bearer).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("/auth/keys", bearer.substring(7)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.postForEntity("/auth/keys/rotate", null, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void instancesCreatingTheFirstKeyAtTheSameTimeEndWithOneKey() throws Exception {
        jdbc.update("UPDATE auth_signing_keys SET retired_at = ? WHERE retired_at IS NULL", OffsetDateTime.now(ZoneOffset.UTC));
        int instances = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(instances);
        try {
            List<Future<String>> signingKids = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                SigningKeyStore store = new SigningKeyStore(jdbc, settings);
                signingKids.add(pool.submit(() -> {
                    start.await();
                    store.ensureSigningKey();
                    return store.signingKey().kid();
                }));
            }
            start.countDown();
            List<String> kids = new ArrayList<>();
            for (Future<String> kid : signingKids) {
                kids.add(kid.get());
            }
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM auth_signing_keys WHERE retired_at IS NULL", Long.class)).isEqualTo(1);
            assertThat(kids).containsOnly(kids.get(0));
        } finally {
            pool.shutdownNow();
        }
        // The service sees keys created elsewhere within crm.security.key-cache-ttl; don't wait for it here.
        serviceKeys.ensureSigningKey();
        Employee employee = AuthMother.activeEmployee(jdbc);
        String token = token(employee);
        assertThat(kid(token)).isEqualTo(serviceKeys.signingKey().kid());
        assertThat(get("/auth/tokens", token).getStatusCode()).as("the service signs with the new key").isEqualTo(HttpStatus.OK);
    }

    private String token(Employee employee) {
        return http.postForObject("/auth/login", login(employee), JsonNode.class).get("accessToken").asText();
    }

    private List<String> jwksKids() {
        return http.getForObject("/.well-known/jwks.json", JsonNode.class).get("keys").findValuesAsText("kid");
    }

    private ResponseEntity<JsonNode> get(String path, String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.AUTHORIZATION, token.startsWith("Bearer ") ? token : "Bearer " + token);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }

    private ResponseEntity<JsonNode> post(String path, String bearer) {
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(TestSignIn.headers(bearer)), JsonNode.class);
    }
}
