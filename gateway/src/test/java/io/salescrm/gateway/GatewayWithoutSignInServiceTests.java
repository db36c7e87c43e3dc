package io.salescrm.gateway;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** When sales-org cannot be reached, tokens cannot be checked: 503 problems, never a 500 and never a pass-through. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayWithoutSignInServiceTests {

    static final RecordingBackend pipeline = new RecordingBackend();

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add("PIPELINE_URL", pipeline::url);
        registry.add("ORG_URL", () -> "http://127.0.0.1:" + RecordingBackend.closedPort());
    }

    @AfterAll
    static void stop() {
        pipeline.close();
    }

    @Autowired
    WebTestClient client;

    @Test
    void aJwtCannotBeCheckedWithoutTheKeys() {
        client.get().uri("/api/pipeline/deals").header(HttpHeaders.AUTHORIZATION, TestJwt.bearer("u1"))
            .exchange()
            .expectStatus().isEqualTo(503)
            .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody().jsonPath("$.requestId").exists();
        org.assertj.core.api.Assertions.assertThat(pipeline.noRequestReceived()).isTrue();
    }

    @Test
    void aPersonalTokenCannotBeExchanged() {
        client.get().uri("/api/pipeline/deals").header(HttpHeaders.AUTHORIZATION, "Bearer crm_pat_anything")
            .exchange()
            .expectStatus().isEqualTo(503)
            .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody().jsonPath("$.requestId").exists();
        org.assertj.core.api.Assertions.assertThat(pipeline.noRequestReceived()).isTrue();
    }

    @Test
    void withoutATokenItIsStillA401() {
        client.get().uri("/api/pipeline/deals").exchange().expectStatus().isUnauthorized();
    }
}
