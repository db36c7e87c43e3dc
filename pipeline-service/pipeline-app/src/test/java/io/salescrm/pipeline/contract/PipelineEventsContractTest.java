package io.salescrm.pipeline.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.salescrm.pipeline.api.deal.DealCompanySetEvent;
import io.salescrm.pipeline.api.deal.DealContactAttachedEvent;
import io.salescrm.pipeline.api.deal.DealContactDetachedEvent;
import io.salescrm.pipeline.api.deal.DealDetailsChangedEvent;
import io.salescrm.pipeline.api.deal.DealLostEvent;
import io.salescrm.pipeline.api.deal.DealMovedToPipelineEvent;
import io.salescrm.pipeline.api.deal.DealMovedToStageEvent;
import io.salescrm.pipeline.api.deal.DealProductRowsSetEvent;
import io.salescrm.pipeline.api.deal.DealReassignedEvent;
import io.salescrm.pipeline.api.deal.DealReopenedEvent;
import io.salescrm.pipeline.api.deal.DealWonEvent;
import io.salescrm.pipeline.api.deal.DiscountType;
import io.salescrm.pipeline.api.deal.ProductRow;
import io.salescrm.pipeline.api.lead.LeadSource;
import io.salescrm.pipeline.api.pipeline.DealField;
import io.salescrm.pipeline.api.pipeline.PipelineCreatedEvent;
import io.salescrm.pipeline.api.pipeline.PipelineRenamedEvent;
import io.salescrm.pipeline.api.pipeline.PipelineSettingsChangedEvent;
import io.salescrm.pipeline.api.pipeline.PipelineStage;
import io.salescrm.pipeline.api.pipeline.StageAddedEvent;
import io.salescrm.pipeline.api.pipeline.StageChangedEvent;
import io.salescrm.pipeline.api.pipeline.StageRemovedEvent;
import io.salescrm.pipeline.api.pipeline.StageSemantics;
import io.salescrm.pipeline.api.pipeline.StagesReorderedEvent;
import io.salescrm.platform.json.CrmJson;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published form of the deal lifecycle and pipeline events (revision 1 each), as other services read them from
 * Kafka. A change that breaks these fixtures needs a new event revision and an upcaster, not an edited fixture.
 */
class PipelineEventsContractTest {

    private static final String DEAL = "3f1c9a52-7c1e-4c4e-9a8e-0a3b5d7e9f10";
    private static final Instant AT = Instant.parse("2026-03-02T11:00:00Z");
    private static final BigDecimal RATE = new BigDecimal("80.5");
    private static final ProductRow ROW = new ProductRow("row-1", "product-9", null, "Licence, 1 year", "LIC-1Y",
            new BigDecimal("1000.00"), new BigDecimal("2"), DiscountType.AMOUNT, new BigDecimal("100.00"), new BigDecimal("20"),
            new BigDecimal("1900.00"));
    private static final PipelineStage STAGE = new PipelineStage("proposal", "Proposal", StageSemantics.IN_PROGRESS, 50,
            "#ffd166", List.of(DealField.AMOUNT, DealField.COMPANY_ID));

    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(CrmJson.newObjectMapper()).build();
    private final ObjectMapper json = new ObjectMapper();

    static Stream<Object> events() {
        return Stream.of(
                new DealDetailsChangedEvent(DEAL, "Renamed deal", new BigDecimal("2000.00"), "USD", "RUB", RATE,
                        new BigDecimal("161000.00"), 40, LocalDate.parse("2026-03-01"), LocalDate.parse("2026-05-31"),
                        LeadSource.REFERRAL, "Call back in May", Map.of("seats", 12), true, AT),
                new DealProductRowsSetEvent(DEAL, List.of(ROW), new BigDecimal("1900.00"), "USD", "RUB", RATE, new BigDecimal("152950.00"), AT),
                new DealMovedToStageEvent(DEAL, "sales", "new", StageSemantics.IN_PROGRESS, "won", StageSemantics.WON, 100, null, AT),
                new DealWonEvent(DEAL, "sales", "won", new BigDecimal("1900.00"), "USD", "RUB", RATE, new BigDecimal("152950.00"), "manager-7", AT),
                new DealLostEvent(DEAL, "sales", "lost", "Too expensive", new BigDecimal("1900.00"), "USD", "RUB", RATE,
                        new BigDecimal("152950.00"), "manager-7", AT),
                new DealReopenedEvent(DEAL, "sales", "lost", "qualification", AT),
                new DealMovedToPipelineEvent(DEAL, "sales", "new", "projects", "open", 20, AT),
                new DealReassignedEvent(DEAL, "manager-7", "manager-8", AT),
                new DealContactAttachedEvent(DEAL, "contact-1"),
                new DealContactDetachedEvent(DEAL, "contact-1"),
                new DealCompanySetEvent(DEAL, "company-3"),
                new PipelineCreatedEvent("projects", "Projects", List.of(STAGE), true, true, AT),
                new PipelineRenamedEvent("projects", "Big projects"),
                new PipelineSettingsChangedEvent("projects", false, true),
                new StageAddedEvent("projects", STAGE, 1),
                new StageChangedEvent("projects", STAGE),
                new StagesReorderedEvent("projects", List.of("proposal", "open", "won", "lost")),
                new StageRemovedEvent("projects", "offer", "open"));
    }

    @ParameterizedTest
    @MethodSource("events")
    void eachEventIsSerializedAsRevisionOneOfItsContract(Object event) throws IOException {
        SerializedObject<byte[]> serialized = serializer.serialize(event, byte[].class);

        assertThat(serialized.getType().getName()).isEqualTo(event.getClass().getName());
        assertThat(serialized.getType().getRevision()).isEqualTo("1");
        assertThat(json.readTree(serialized.getData())).isEqualTo(json.readTree(fixture(event)));
    }

    @ParameterizedTest
    @MethodSource("events")
    void eachFixtureIsReadBackExactly(Object event) throws IOException {
        var stored = new SimpleSerializedObject<>(fixture(event), byte[].class,
                new SimpleSerializedType(event.getClass().getName(), "1"));
        Object read = serializer.deserialize(stored);
        assertThat(read).isEqualTo(event);
    }

    private static byte[] fixture(Object event) throws IOException {
        try (InputStream in = PipelineEventsContractTest.class.getResourceAsStream(
                "/contracts/" + event.getClass().getSimpleName() + "-1.json")) {
            return in.readAllBytes();
        }
    }
}
