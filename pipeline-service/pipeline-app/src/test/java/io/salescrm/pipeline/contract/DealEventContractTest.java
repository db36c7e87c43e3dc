package io.salescrm.pipeline.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.salescrm.pipeline.api.deal.DealCreatedEvent;
import io.salescrm.pipeline.api.deal.DealCreatedEventUpcaster;
import io.salescrm.pipeline.api.deal.DiscountType;
import io.salescrm.pipeline.api.deal.ProductRow;
import io.salescrm.pipeline.api.lead.LeadSource;
import io.salescrm.pipeline.api.pipeline.DefaultPipeline;
import io.salescrm.platform.json.CrmJson;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published form of pipeline events, as other services read it from Kafka. A change that breaks these
 * fixtures needs a new event revision and an upcaster, not an edited fixture.
 */
class DealEventContractTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(CrmJson.newObjectMapper()).build();
    private final ObjectMapper json = new ObjectMapper();
    private final EventUpcasterChain upcasters = new EventUpcasterChain(new DealCreatedEventUpcaster());

    private final DealCreatedEvent event = new DealCreatedEvent("3f1c9a52-7c1e-4c4e-9a8e-0a3b5d7e9f10", "First deal",
            new BigDecimal("1500.00"), "USD", "RUB", new BigDecimal("80.1250"), new BigDecimal("120187.50"),
            Instant.parse("2026-03-01T10:15:30Z"), "manager-7", true, "sales", "proposal", 50,
            List.of(new ProductRow("row-1", "product-9", "variant-2", "Licence, 1 year", "LIC-1Y", new BigDecimal("1000.00"),
                    new BigDecimal("2"), DiscountType.PERCENT, new BigDecimal("25"), new BigDecimal("20"), new BigDecimal("1500.00"))),
            "company-3", List.of("contact-1", "contact-2"), "lead-5", LocalDate.parse("2026-03-01"),
            LocalDate.parse("2026-04-15"), LeadSource.EXHIBITION, "Met at the fair",
            Map.of("budgetApproved", true, "region", "North-West", "seats", 12, "share", "0.15"));

    @Test
    void dealCreatedIsSerializedAsRevisionThreeOfItsContract() throws IOException {
        SerializedObject<byte[]> serialized = serializer.serialize(event, byte[].class);

        assertThat(serialized.getType().getName()).isEqualTo("io.salescrm.pipeline.api.deal.DealCreatedEvent");
        assertThat(serialized.getType().getRevision()).isEqualTo("3");
        assertThat(json.readTree(serialized.getData())).isEqualTo(json.readTree(fixture("DealCreatedEvent-3.json")));
    }

    @Test
    void revisionThreeOfDealCreatedIsReadBackExactly() throws IOException {
        assertThat(read(fixture("DealCreatedEvent-3.json"), "3")).isEqualTo(event);
    }

    @Test
    void revisionTwoOfDealCreatedIsReadAsADealInTheFirstStageOfTheDefaultPipeline() throws IOException {
        DealCreatedEvent read = read(fixture("DealCreatedEvent-2.json"), "2");

        assertThat(read).isEqualTo(new DealCreatedEvent(event.dealId(), event.title(), event.amount(), event.currency(),
                event.baseCurrency(), event.rateToBase(), event.amountInBase(), event.createdAt(), "manager-7", true,
                DefaultPipeline.ID, DefaultPipeline.FIRST_STAGE, DefaultPipeline.FIRST_STAGE_PROBABILITY, List.of(), null,
                List.of(), null, null, null, null, null, Map.of()));
    }

    @Test
    void revisionOneOfDealCreatedIsReadThroughBothStepsWithoutResponsibleNotOpenInTheDefaultPipeline() throws IOException {
        DealCreatedEvent read = read(fixture("DealCreatedEvent-1.json"), "1");

        assertThat(read).isEqualTo(new DealCreatedEvent(event.dealId(), event.title(), event.amount(), event.currency(),
                event.baseCurrency(), event.rateToBase(), event.amountInBase(), event.createdAt(), null, false,
                DefaultPipeline.ID, DefaultPipeline.FIRST_STAGE, DefaultPipeline.FIRST_STAGE_PROBABILITY, List.of(), null,
                List.of(), null, null, null, null, null, Map.of()));
    }

    /** Reads a stored or published event of the given revision the way Axon does: upcasters first. */
    private DealCreatedEvent read(byte[] payload, String revision) {
        var entry = new GenericDomainEventEntry<>("Deal", event.dealId(), 0, "event-1", Instant.parse("2026-03-01T10:15:30Z"),
                DealCreatedEvent.class.getName(), revision, payload, "{}".getBytes(StandardCharsets.UTF_8));
        DomainEventStream stream = EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(entry), serializer, upcasters);
        return (DealCreatedEvent) stream.next().getPayload();
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = DealEventContractTest.class.getResourceAsStream("/contracts/" + name)) {
            return in.readAllBytes();
        }
    }
}
