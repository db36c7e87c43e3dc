package io.salescrm.catalog.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.salescrm.platform.json.CrmJson;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published form of every catalog event of sections, properties, products, prices, bundles and promotions, as
 * billing, pipeline and other consumers read it from Kafka. A change that breaks a fixture needs a new event
 * revision and an upcaster, not an edited fixture.
 */
class CatalogEventContractTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(CrmJson.newObjectMapper()).build();
    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @FieldSource("io.salescrm.catalog.contract.CatalogEventSamples#ALL")
    void isSerializedAsRevisionOneOfItsContractAndReadBackExactly(Object event) throws IOException {
        SerializedObject<byte[]> serialized = serializer.serialize(event, byte[].class);
        byte[] fixture = fixture(event.getClass().getSimpleName() + "-1.json");

        assertThat(serialized.getType().getName()).isEqualTo(event.getClass().getName());
        assertThat(serialized.getType().getRevision()).isEqualTo("1");
        assertThat(json.readTree(serialized.getData())).isEqualTo(json.readTree(fixture));
        Object read = serializer.deserialize(new SimpleSerializedObject<>(fixture, byte[].class, serialized.getType()));
        assertThat(read).isEqualTo(event);
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = CatalogEventContractTest.class.getResourceAsStream("/contracts/" + name)) {
            assertThat(in).as("fixture " + name).isNotNull();
            return in.readAllBytes();
        }
    }
}
