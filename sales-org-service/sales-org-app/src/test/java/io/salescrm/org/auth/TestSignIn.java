package io.salescrm.org.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.org.api.employee.InitialAdministrator;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.ClientHttpRequestInterceptor;

import java.time.Duration;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * Signing in from sales-org's integration tests, through the real {@code POST /auth/login}.
 *
 * <pre>{@code
 * // one request
 * HttpHeaders headers = TestSignIn.adminHeaders(http);
 * http.exchange("/units", HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
 *
 * // every request of a test: a copy of the TestRestTemplate that sends the admin's token
 * TestRestTemplate admin = TestSignIn.asAdmin(http);
 * admin.getForEntity("/units", JsonNode.class);
 * }</pre>
 *
 * The administrator ({@code admin}, password {@code admin} unless {@code crm.org.admin-password} says otherwise) is
 * created on first start by the employee feature. Tokens are not cached: a test that rotates or retires signing keys
 * cannot spoil another test's token. Tests that need an arbitrary employee without a sign-in may also use
 * platform-test's {@code TestTokens}: sales-org trusts its key in tests ({@code crm.security.public-key-location}).
 */
public final class TestSignIn {

    public static final String ADMIN_LOGIN = InitialAdministrator.LOGIN;
    public static final String ADMIN_PASSWORD = "admin";

    private TestSignIn() {
    }

    /** {@code "Bearer <access token>"} of the initial administrator. */
    public static String adminBearer(TestRestTemplate http) {
        return bearer(http, ADMIN_LOGIN, ADMIN_PASSWORD);
    }

    /** {@code "Bearer <access token>"} of whoever signs in with this login and password; fails the test otherwise. */
    public static String bearer(TestRestTemplate http, String login, String password) {
        ResponseEntity<JsonNode> response = http.postForEntity("/auth/login",
                Map.of("username", login, "password", password), JsonNode.class);
        if (!response.getStatusCode().is2xxSuccessful() || response.getBody() == null) {
            throw new AssertionError("signing in as " + login + " failed: " + response.getStatusCode() + " " + response.getBody());
        }
        return "Bearer " + response.getBody().get("accessToken").asText();
    }

    /** JSON request headers with the administrator's token. */
    public static HttpHeaders adminHeaders(TestRestTemplate http) {
        return headers(adminBearer(http));
    }

    /** JSON request headers with this {@code Authorization} value. */
    public static HttpHeaders headers(String bearer) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set(HttpHeaders.AUTHORIZATION, bearer);
        return headers;
    }

    /** Adds {@code Authorization: <bearer>} to every request that does not set one itself. */
    public static ClientHttpRequestInterceptor authorization(String bearer) {
        return (request, body, execution) -> {
            if (!request.getHeaders().containsKey(HttpHeaders.AUTHORIZATION)) {
                request.getHeaders().set(HttpHeaders.AUTHORIZATION, bearer);
            }
            return execution.execute(request, body);
        };
    }

    /**
     * A copy of {@code http} (same server, same JSON mapping) that signs every request as the administrator, once the
     * access model has caught up with the administrator's role (right after start it may not have yet).
     */
    public static TestRestTemplate asAdmin(TestRestTemplate http) {
        TestRestTemplate admin = withAuthorization(http, adminBearer(http));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                admin.getForEntity("/roles?size=1", String.class).getStatusCode() == HttpStatus.OK);
        return admin;
    }

    /** A copy of {@code http} (same server, same JSON mapping) that sends {@code bearer} on every request. */
    public static TestRestTemplate withAuthorization(TestRestTemplate http, String bearer) {
        TestRestTemplate copy = new TestRestTemplate(new RestTemplateBuilder()
                .messageConverters(http.getRestTemplate().getMessageConverters())
                .additionalInterceptors(authorization(bearer)));
        copy.setUriTemplateHandler(http.getRestTemplate().getUriTemplateHandler());
        return copy;
    }
}
