package io.salescrm.analytics.lead;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.org.api.role.AccessLevel;
import io.salescrm.org.api.role.Action;
import io.salescrm.org.api.role.EntityType;
import io.salescrm.org.api.role.Permission;
import io.salescrm.pipeline.api.PipelineTopic;
import io.salescrm.pipeline.api.lead.LeadAssignedEvent;
import io.salescrm.pipeline.api.lead.LeadClosedEvent;
import io.salescrm.pipeline.api.lead.LeadConvertedEvent;
import io.salescrm.pipeline.api.lead.LeadCreatedEvent;
import io.salescrm.pipeline.api.lead.LeadDetails;
import io.salescrm.pipeline.api.lead.LeadDetailsChangedEvent;
import io.salescrm.pipeline.api.lead.LeadMergedIntoEvent;
import io.salescrm.pipeline.api.lead.LeadOutcome;
import io.salescrm.pipeline.api.lead.LeadRemovedEvent;
import io.salescrm.pipeline.api.lead.LeadSource;
import io.salescrm.pipeline.api.lead.LeadStatus;
import io.salescrm.pipeline.api.lead.LeadStatusChangedEvent;
import io.salescrm.platform.test.EmbeddedInfrastructure;
import io.salescrm.platform.test.KafkaEventWriter;
import io.salescrm.platform.test.OrgMother;
import io.salescrm.platform.test.SalesTeam;
import io.salescrm.platform.test.ServiceIntegrationTest;
import io.salescrm.platform.test.TestTokens;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Lead to deal conversion: figures per source and creation period; access follows the lead's responsible employee
 * now (assignments by hand or by distribution) and its open flag now; merged and removed leads count nowhere; every
 * event is applied once, whatever is redelivered.
 */
@ServiceIntegrationTest
class LeadConversionApiTest {

    private static final String MAY = "/reports/lead-conversion?granularity=MONTH&from=2026-05-01&to=2026-07-01";

    @Autowired
    TestRestTemplate anonymous;

    private KafkaEventWriter kafka;
    private SalesTeam team;

    @BeforeEach
    void setUp() {
        kafka = new KafkaEventWriter(EmbeddedInfrastructure.kafkaBootstrapServers());
        team = SalesTeam.fresh();
        SalesTeam.awaitReadable(anonymous, "/deals/summary", team.managerA1(), team.managerA2(), team.managerA3(),
                team.managerB1());
    }

    @AfterEach
    void tearDown() {
        kafka.close();
    }

    @Test
    void aLeadCountsForTheManagerItIsAssignedToNow() {
        LeadHistory handedOver = new LeadHistory(team.managerA1(), LeadSource.WEBSITE, "2026-05-10T10:00:00Z", false);
        LeadHistory distributed = new LeadHistory(null, LeadSource.REFERRAL, "2026-05-12T10:00:00Z", false);
        handedOver.sendAll();
        distributed.assigned(team.managerB1()).sendAll();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(rows(team.managerA1(), MAY)).containsExactly("2026-05 WEBSITE 1 0 0.0000");
            assertThat(rows(team.managerB1(), MAY)).containsExactly("2026-05 REFERRAL 1 0 0.0000");
        });

        handedOver.assigned(team.managerB1()).sendLast();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(rows(team.managerB1(), MAY)).containsExactly(
                    "2026-05 REFERRAL 1 0 0.0000", "2026-05 WEBSITE 1 0 0.0000");
            assertThat(rows(team.managerA1(), MAY)).isEmpty();
        });

        handedOver.assigned(team.managerA2()).sendLast();
        ProducerRecord<String, byte[]> toB1 = handedOver.records.get(1);
        int partition = kafka.send(toB1).partition();
        // Behind the stale assignment to B1 in its partition: once this lead counts, the redelivery has been seen.
        LeadHistory marker = new LeadHistory(team.managerA2(), LeadSource.CALL, "2026-06-01T10:00:00Z", false);
        kafka.sendTo(partition, marker.records.get(0));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(rows(team.managerA2(), MAY))
                .containsExactly("2026-05 WEBSITE 1 0 0.0000", "2026-06 CALL 1 0 0.0000"));
        assertThat(rows(team.managerB1(), MAY)).containsExactly("2026-05 REFERRAL 1 0 0.0000");
        assertThat(rows(team.managerA1(), MAY)).isEmpty();
    }

    @Test
    void mergedAndRemovedLeadsCountNowhere() {
        String manager = team.managerA3();
        LeadHistory kept = new LeadHistory(manager, LeadSource.EXHIBITION, "2026-05-03T10:00:00Z", false);
        LeadHistory duplicate = new LeadHistory(manager, LeadSource.EXHIBITION, "2026-05-04T10:00:00Z", false);
        LeadHistory converted = new LeadHistory(manager, LeadSource.EXHIBITION, "2026-05-05T10:00:00Z", false).converted();
        LeadHistory removed = new LeadHistory(manager, LeadSource.EXHIBITION, "2026-05-06T10:00:00Z", false).converted();
        for (LeadHistory lead : List.of(kept, duplicate, converted, removed)) {
            lead.sendAll();
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(rows(manager, MAY))
                .containsExactly("2026-05 EXHIBITION 4 2 0.5000"));

        duplicate.add(new LeadMergedIntoEvent(duplicate.leadId, kept.leadId, Instant.parse("2026-05-20T10:00:00Z")));
        removed.add(new LeadRemovedEvent(removed.leadId, "entered by mistake", Instant.parse("2026-05-21T10:00:00Z")));
        for (LeadHistory lead : List.of(duplicate, removed)) {
            lead.sendLast();
            // The whole history again after the merge or removal: a redelivered creation must not bring the lead
            // back. A marker lead behind it in its partition: once the marker counts, the redelivery has been seen.
            int partition = lead.sendAll();
            kafka.sendTo(partition, new LeadHistory(manager, LeadSource.EXHIBITION, "2026-06-01T10:00:00Z", false)
                    .records.get(0));
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(rows(manager, MAY))
                .containsExactly("2026-05 EXHIBITION 2 1 0.5000", "2026-06 EXHIBITION 2 0 0.0000"));
    }

    @Test
    void aLeadMarkedOpenLaterIsReadAtTheOpenLevel() {
        String reader;
        try (OrgMother org = OrgMother.onEmbeddedKafka()) {
            reader = org.employee("Open analytics reader", team.groupB());
            org.assign(org.role("Open analytics", List.of(new Permission(EntityType.ANALYTICS, Action.READ, AccessLevel.OPEN))),
                    reader);
        }
        String day = "/reports/lead-conversion?granularity=DAY&from=2026-05-17&to=2026-05-18";
        LeadHistory lead = new LeadHistory(team.managerB1(), LeadSource.MAP, "2026-05-17T10:00:00Z", false);
        lead.sendAll();
        SalesTeam.awaitReadable(anonymous, "/deals/summary", reader);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(rows(team.managerB1(), day))
                .containsExactly("2026-05-17 MAP 1 0 0.0000"));
        assertThat(rows(reader, day)).isEmpty();

        lead.add(new LeadDetailsChangedEvent(lead.leadId, LeadDetails.titled("Lead", LeadSource.MAP), true,
                Instant.parse("2026-05-18T10:00:00Z"))).sendLast();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(rows(reader, day))
                .containsExactly("2026-05-17 MAP 1 0 0.0000"));
    }

    /** The caller's rows as "period source leads convertedToDeal conversion". */
    private List<String> rows(String employee, String path) {
        JsonNode report = TestTokens.as(anonymous, TestTokens.bearer(employee)).getForObject(path, JsonNode.class);
        List<String> rows = new ArrayList<>();
        report.forEach(row -> rows.add(String.join(" ", row.get("period").asText(), row.get("source").asText(),
                row.get("leads").asText(), row.get("convertedToDeal").asText(), row.get("conversion").asText())));
        return rows;
    }

    /** The pipeline events of one lead, in order, as Kafka records of its aggregate. */
    private final class LeadHistory {
        private final String leadId = "lead-" + UUID.randomUUID();
        private final List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        private final Instant createdAt;

        LeadHistory(String responsibleId, LeadSource source, String createdAt, boolean open) {
            this.createdAt = Instant.parse(createdAt);
            add(new LeadCreatedEvent(leadId, "sales", LeadDetails.titled("Lead", source), responsibleId, open,
                    this.createdAt));
        }

        LeadHistory assigned(String responsibleId) {
            return add(new LeadAssignedEvent(leadId, responsibleId));
        }

        /** Converted into a new deal, as pipeline records it: lineage, status, closing. */
        LeadHistory converted() {
            Instant at = createdAt.plusSeconds(3600);
            add(new LeadConvertedEvent(leadId, "deal-" + UUID.randomUUID(), null, null, at));
            add(new LeadStatusChangedEvent(leadId, LeadStatus.NEW, LeadStatus.CONVERTED, null, at));
            return add(new LeadClosedEvent(leadId, LeadOutcome.CONVERTED));
        }

        LeadHistory add(Object event) {
            records.add(kafka.record(PipelineTopic.NAME, "Lead", leadId, records.size(), event));
            return this;
        }

        /** Sends every record in order; the partition they went to (one lead's records share it). */
        int sendAll() {
            int partition = -1;
            for (ProducerRecord<String, byte[]> record : records) {
                partition = kafka.send(record).partition();
            }
            return partition;
        }

        void sendLast() {
            kafka.send(records.get(records.size() - 1));
        }
    }
}
