package io.salescrm.pipeline.security;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.platform.test.EmbeddedInfrastructureInitializer;
import io.salescrm.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/** When the sign-in service's keys (JWKS) cannot be fetched, a token cannot be checked: a 503 problem, not a 500. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {EmbeddedInfrastructureInitializer.class, SignInKeysUnavailableTest.NoKeys.class})
class SignInKeysUnavailableTest {

    @Order(1)
    static class NoKeys implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("crm.security.public-key-location=",
                    "crm.security.jwks-uri=http://127.0.0.1:9/.well-known/jwks.json").applyTo(context);
        }
    }

    @Autowired
    TestRestTemplate anonymous;

    @Test
    void aTokenThatCannotBeCheckedIsA503Problem() {
        ResponseEntity<JsonNode> response = TestTokens.as(anonymous, TestTokens.bearer("someone")).getForEntity("/deals", JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("requestId").asText()).isNotBlank();
        assertThat(anonymous.getForEntity("/deals", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
