package io.salescrm.pipeline.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.salescrm.pipeline.api.deal.DealCreatedEvent;
import io.salescrm.platform.json.CrmJson;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published form of pipeline events, as other services read it from Kafka. A change that breaks these
 * fixtures needs a new event revision and an upcaster, not an edited fixture.
 */
class DealEventContractTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(CrmJson.newObjectMapper()).build();
    private final ObjectMapper json = new ObjectMapper();

    private final DealCreatedEvent event = new DealCreatedEvent("3f1c9a52-7c1e-4c4e-9a8e-0a3b5d7e9f10", "First deal",
            new BigDecimal("1500.00"), "USD", "RUB", new BigDecimal("80.1250"), new BigDecimal("120187.50"),
            Instant.parse("2026-03-01T10:15:30Z"));

    @Test
    void dealCreatedIsSerializedAsRevisionOneOfItsContract() throws IOException {
        SerializedObject<byte[]> serialized = serializer.serialize(event, byte[].class);

        assertThat(serialized.getType().getName()).isEqualTo("io.salescrm.pipeline.api.deal.DealCreatedEvent");
        assertThat(serialized.getType().getRevision()).isEqualTo("1");
        assertThat(json.readTree(serialized.getData())).isEqualTo(json.readTree(fixture("DealCreatedEvent-1.json")));
    }

    @Test
    void revisionOneOfDealCreatedIsReadBackExactly() throws IOException {
        DealCreatedEvent read = serializer.deserialize(new SimpleSerializedObject<>(fixture("DealCreatedEvent-1.json"),
                byte[].class, new SimpleSerializedType(DealCreatedEvent.class.getName(), "1")));

        assertThat(read).isEqualTo(event);
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = DealEventContractTest.class.getResourceAsStream("/contracts/" + name)) {
            return in.readAllBytes();
        }
    }
}
