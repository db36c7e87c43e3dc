package io.salescrm.pipeline.deal.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.pipeline.api.PipelineTopic;
import io.salescrm.platform.test.ContainerInfrastructureInitializer;
import io.salescrm.platform.test.KafkaRecords;
import io.salescrm.platform.test.OrgMother;
import io.salescrm.platform.test.SalesTeam;
import io.salescrm.platform.test.TestTokens;
import io.salescrm.platform.test.ServiceIntegrationTestOnContainers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;

import static io.salescrm.pipeline.deal.DealMother.requestBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The thin slice against real Kafka and MongoDB server images, where a Docker engine runs. */
@ServiceIntegrationTestOnContainers
class DealOnRealInfrastructureTest {

    @Autowired
    TestRestTemplate anonymous;

    @Test
    void aCreatedDealIsPublishedToRealKafkaAndReadFromRealMongo() {
        SalesTeam team;
        try (OrgMother org = new OrgMother(ContainerInfrastructureInitializer.kafkaBootstrapServers())) {
            team = SalesTeam.publish(org);
        }
        SalesTeam.awaitReadable(anonymous, "/deals", team.headOfSales());
        TestRestTemplate http = TestTokens.as(anonymous, TestTokens.bearer(team.headOfSales()));
        ResponseEntity<JsonNode> created = http.postForEntity("/deals", requestBody("First deal", "1500.00", "RUB"), JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = created.getBody().get("id").asText();

        KafkaRecords.awaitKey(ContainerInfrastructureInitializer.kafkaBootstrapServers(), PipelineTopic.NAME, id, Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(http.getForEntity("/deals/" + id, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK));
        assertThat(http.getForObject("/actuator/health", JsonNode.class).get("status").asText()).isEqualTo("UP");
    }
}
