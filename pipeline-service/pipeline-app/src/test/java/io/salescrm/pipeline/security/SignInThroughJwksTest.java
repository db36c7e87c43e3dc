package io.salescrm.pipeline.security;

import io.salescrm.platform.test.EmbeddedInfrastructureInitializer;
import io.salescrm.platform.test.SalesTeam;
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

import static org.assertj.core.api.Assertions.assertThat;

/** The production path: signing keys fetched from a JWKS endpoint (as sales-org publishes it), issuer checked. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.test.context.ContextConfiguration(initializers = {EmbeddedInfrastructureInitializer.class, SignInThroughJwksTest.Jwks.class})
class SignInThroughJwksTest {

    @Order(1)
    static class Jwks implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("crm.security.public-key-location=", "crm.security.jwks-uri=" + TestTokens.jwksUri())
                    .applyTo(context);
        }
    }

    @Autowired
    TestRestTemplate anonymous;

    @Test
    void tokensSignedWithAPublishedKeyAreAcceptedAndOthersAreNot() {
        SalesTeam team = SalesTeam.shared();
        SalesTeam.awaitReadable(anonymous, "/deals", team.headOfSales());
        assertThat(TestTokens.as(anonymous, TestTokens.bearer(team.headOfSales())).getForEntity("/deals", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(TestTokens.as(anonymous, "Bearer " + TestTokens.foreignToken(team.headOfSales())).getForEntity("/deals", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(TestTokens.as(anonymous, "Bearer " + TestTokens.tokenOfIssuer(team.headOfSales(), "https://elsewhere.example"))
                .getForEntity("/deals", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
