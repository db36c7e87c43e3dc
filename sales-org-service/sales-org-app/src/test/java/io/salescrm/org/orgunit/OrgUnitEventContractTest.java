package io.salescrm.org.orgunit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.salescrm.org.api.orgunit.OrgUnitCreatedEvent;
import io.salescrm.org.api.orgunit.OrgUnitKind;
import io.salescrm.platform.json.CrmJson;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published form of org-tree events, as other services read it from Kafka. A change that breaks these
 * fixtures needs a new event revision and an upcaster, not an edited fixture.
 */
class OrgUnitEventContractTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(CrmJson.newObjectMapper()).build();
    private final ObjectMapper json = new ObjectMapper();

    private final OrgUnitCreatedEvent event = new OrgUnitCreatedEvent("org-structure", "5b0d3c1e-2f4a-4e8b-9c7d-1a2b3c4d5e6f",
            OrgUnitKind.SALES_GROUP, "Key accounts", "9e8d7c6b-5a49-4382-a1b0-c9d8e7f6a5b4");

    @Test
    void orgUnitCreatedIsSerializedAsRevisionOneOfItsContract() throws IOException {
        SerializedObject<byte[]> serialized = serializer.serialize(event, byte[].class);

        assertThat(serialized.getType().getName()).isEqualTo("io.salescrm.org.api.orgunit.OrgUnitCreatedEvent");
        assertThat(serialized.getType().getRevision()).isEqualTo("1");
        assertThat(json.readTree(serialized.getData())).isEqualTo(json.readTree(fixture("OrgUnitCreatedEvent-1.json")));
    }

    @Test
    void revisionOneOfOrgUnitCreatedIsReadBackExactly() throws IOException {
        OrgUnitCreatedEvent read = serializer.deserialize(new SimpleSerializedObject<>(fixture("OrgUnitCreatedEvent-1.json"),
                byte[].class, new SimpleSerializedType(OrgUnitCreatedEvent.class.getName(), "1")));

        assertThat(read).isEqualTo(event);
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = OrgUnitEventContractTest.class.getResourceAsStream("/contracts/" + name)) {
            return in.readAllBytes();
        }
    }
}
