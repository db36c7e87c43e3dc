package io.salescrm.org.auth.signin;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.org.auth.AuthMother;
import io.salescrm.org.auth.AuthMother.Employee;
import io.salescrm.platform.test.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.salescrm.org.auth.AuthMother.login;
import static org.assertj.core.api.Assertions.assertThat;

@ServiceIntegrationTest
class LoginRateLimitTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void afterFiveFailuresWithinFifteenMinutesEvenTheRightPasswordIsA429WithRetryAfter() {
        Employee employee = AuthMother.activeEmployee(jdbc);
        for (int i = 0; i < 5; i++) {
            assertThat(wrong(employee).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }

        ResponseEntity<JsonNode> locked = http.postForEntity("/auth/login", login(employee), JsonNode.class);

        assertThat(locked.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(locked.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        long retryAfter = Long.parseLong(locked.getHeaders().getFirst(HttpHeaders.RETRY_AFTER));
        assertThat(retryAfter).isBetween(890L, 900L);
        assertThat(locked.getBody().get("retryAfterSeconds").asLong()).isEqualTo(retryAfter);
        assertThat(locked.getBody().has("accessToken")).isFalse();
        assertThat(wrong(employee).getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    }

    @Test
    void theLockIsPerLoginAndCaseDoesNotGiveMoreAttempts() {
        Employee locked = AuthMother.activeEmployee(jdbc);
        Employee other = AuthMother.activeEmployee(jdbc);
        for (int i = 0; i < 5; i++) {
            http.postForEntity("/auth/login", Map.of("username", i % 2 == 0 ? locked.login() : locked.login().toUpperCase(),
                    "password", "wrong"), JsonNode.class);
        }

        assertThat(http.postForEntity("/auth/login", login(locked), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(http.postForEntity("/auth/login", login(other), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void unknownLoginsAreLimitedAlike() {
        Map<String, String> guess = Map.of("username", "no-such-user-" + System.nanoTime(), "password", "guess");
        for (int i = 0; i < 5; i++) {
            assertThat(http.postForEntity("/auth/login", guess, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        assertThat(http.postForEntity("/auth/login", guess, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    }

    @Test
    void whenTheLockHasPassedTheRightPasswordWorksAgain() {
        Employee employee = AuthMother.activeEmployee(jdbc);
        for (int i = 0; i < 5; i++) {
            wrong(employee);
        }
        assertThat(http.postForEntity("/auth/login", login(employee), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);

        // fifteen minutes later
        OffsetDateTime past = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1);
        jdbc.update("UPDATE auth_login_throttle SET locked_until = ?, window_started_at = ? WHERE login_key = ?",
                past, past.minusMinutes(16), employee.login());

        assertThat(http.postForEntity("/auth/login", login(employee), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM auth_login_throttle WHERE login_key = ?", Long.class, employee.login())).isZero();
    }

    @Test
    void failuresOutsideTheWindowDoNotCount() {
        Employee employee = AuthMother.activeEmployee(jdbc);
        for (int i = 0; i < 4; i++) {
            wrong(employee);
        }
        jdbc.update("UPDATE auth_login_throttle SET window_started_at = ? WHERE login_key = ?",
                OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(16), employee.login());
        for (int i = 0; i < 4; i++) {
            assertThat(wrong(employee).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        assertThat(http.postForEntity("/auth/login", login(employee), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aSuccessfulSignInResetsTheCount() {
        Employee employee = AuthMother.activeEmployee(jdbc);
        for (int i = 0; i < 4; i++) {
            wrong(employee);
        }
        assertThat(http.postForEntity("/auth/login", login(employee), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        for (int i = 0; i < 4; i++) {
            assertThat(wrong(employee).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        assertThat(http.postForEntity("/auth/login", login(employee), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void parallelGuessesCannotSlipPastTheLimit() throws Exception {
        Employee employee = AuthMother.activeEmployee(jdbc);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Callable<HttpStatus>> guesses = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                guesses.add(() -> HttpStatus.valueOf(wrong(employee).getStatusCode().value()));
            }
            List<HttpStatus> statuses = new ArrayList<>();
            for (Future<HttpStatus> status : pool.invokeAll(guesses)) {
                statuses.add(status.get());
            }
            assertThat(statuses).containsOnly(HttpStatus.UNAUTHORIZED, HttpStatus.TOO_MANY_REQUESTS);
            assertThat(statuses.stream().filter(HttpStatus.UNAUTHORIZED::equals).count()).isEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
        assertThat(http.postForEntity("/auth/login", login(employee), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    }

    private ResponseEntity<JsonNode> wrong(Employee employee) {
        return http.postForEntity("/auth/login", Map.of("username", employee.login(), "password", "wrong password"), JsonNode.class);
    }
}
