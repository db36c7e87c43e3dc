package io.salescrm.org.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.org.auth.AuthMother.Employee;
import io.salescrm.org.auth.config.AuthSettings;
import io.salescrm.org.auth.keys.SigningKeyStore;
import io.salescrm.platform.test.ServiceIntegrationTestOnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.salescrm.org.auth.AuthMother.login;
import static org.assertj.core.api.Assertions.assertThat;

/** Sign-in, tokens and keys on PostgreSQL (the production store); skipped where no local PostgreSQL answers. */
@ServiceIntegrationTestOnPostgres
class AuthOnPostgresTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuthSettings settings;
    @Autowired
    SigningKeyStore serviceKeys;

    @Test
    void signInRefreshRotationReuseAndTheLoginLimitWork() {
        Employee employee = AuthMother.activeEmployee(jdbc);
        JsonNode tokens = http.postForObject("/auth/login", login(employee), JsonNode.class);
        String original = tokens.get("refreshToken").asText();
        String rotated = refresh(original).getBody().get("refreshToken").asText();
        assertThat(refresh(original).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(refresh(rotated).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        for (int i = 0; i < 5; i++) {
            assertThat(http.postForEntity("/auth/login", Map.of("username", employee.login(), "password", "nope"), JsonNode.class)
                    .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        ResponseEntity<JsonNode> locked = http.postForEntity("/auth/login", login(employee), JsonNode.class);
        assertThat(locked.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(locked.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
    }

    @Test
    void personalTokensAreCreatedListedExchangedAndRevoked() {
        Employee employee = AuthMother.activeEmployee(jdbc);
        String bearer = TestSignIn.bearer(http, employee.login(), employee.password());
        JsonNode created = http.exchange("/auth/tokens", HttpMethod.POST,
                new HttpEntity<>(Map.of("name", "bi", "scope", "read"), TestSignIn.headers(bearer)), JsonNode.class).getBody();
        String secret = created.get("token").asText();

        assertThat(exchange(secret).getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode list = http.exchange("/auth/tokens", HttpMethod.GET, new HttpEntity<>(TestSignIn.headers(bearer)), JsonNode.class).getBody();
        assertThat(list.get("totalItems").asLong()).isEqualTo(1);
        http.exchange("/auth/tokens/" + created.get("id").asText(), HttpMethod.DELETE, new HttpEntity<>(TestSignIn.headers(bearer)), Void.class);
        assertThat(exchange(secret).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void keysRotateRetireAndConcurrentFirstStartsEndWithOneKey() throws Exception {
        AuthMother.ensureAdministrator(jdbc);
        String admin = TestSignIn.adminBearer(http);
        String oldKid = AuthMother.kid(admin.substring(7));
        JsonNode rotated = http.exchange("/auth/keys/rotate", HttpMethod.POST, new HttpEntity<>(TestSignIn.headers(admin)), JsonNode.class).getBody();
        assertThat(rotated.get("kid").asText()).isNotEqualTo(oldKid);
        assertThat(http.exchange("/auth/keys/" + oldKid + "/retire", HttpMethod.POST, new HttpEntity<>(TestSignIn.headers(admin)), Void.class)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        jdbc.update("UPDATE auth_signing_keys SET retired_at = ? WHERE retired_at IS NULL", OffsetDateTime.now(ZoneOffset.UTC));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                SigningKeyStore store = new SigningKeyStore(jdbc, settings);
                runs.add(pool.submit(() -> {
                    start.await();
                    store.ensureSigningKey();
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM auth_signing_keys WHERE retired_at IS NULL", Long.class)).isEqualTo(1);
        serviceKeys.ensureSigningKey();
        assertThat(http.getForObject("/.well-known/jwks.json", JsonNode.class).get("keys")).hasSize(1);
    }

    private ResponseEntity<JsonNode> refresh(String token) {
        return http.postForEntity("/auth/refresh", Map.of("refreshToken", token), JsonNode.class);
    }

    private ResponseEntity<JsonNode> exchange(String secret) {
        return http.postForEntity("/auth/token-exchange", Map.of("token", secret), JsonNode.class);
    }
}
