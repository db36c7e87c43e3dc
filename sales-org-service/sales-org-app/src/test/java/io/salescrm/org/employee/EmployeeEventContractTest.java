package io.salescrm.org.employee;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.salescrm.org.api.employee.EmployeeHiredEvent;
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
 * The published form of employee events, as other services read it from Kafka: no credential travels in it. A
 * change that breaks these fixtures needs a new event revision and an upcaster, not an edited fixture.
 */
class EmployeeEventContractTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(CrmJson.newObjectMapper()).build();
    private final ObjectMapper json = new ObjectMapper();

    private final EmployeeHiredEvent event = new EmployeeHiredEvent("0c9a7e52-3d1b-4f6e-8a2c-5b4d3e2f1a09", "anna.smirnova",
            "Anna Smirnova", "anna.smirnova@example.com", "Sales manager", "5b0d3c1e-2f4a-4e8b-9c7d-1a2b3c4d5e6f");

    @Test
    void employeeHiredIsSerializedAsRevisionOneOfItsContract() throws IOException {
        SerializedObject<byte[]> serialized = serializer.serialize(event, byte[].class);

        assertThat(serialized.getType().getName()).isEqualTo("io.salescrm.org.api.employee.EmployeeHiredEvent");
        assertThat(serialized.getType().getRevision()).isEqualTo("1");
        assertThat(json.readTree(serialized.getData())).isEqualTo(json.readTree(fixture("EmployeeHiredEvent-1.json")));
        assertThat(new String(serialized.getData())).doesNotContainIgnoringCase("password");
    }

    @Test
    void revisionOneOfEmployeeHiredIsReadBackExactly() throws IOException {
        EmployeeHiredEvent read = serializer.deserialize(new SimpleSerializedObject<>(fixture("EmployeeHiredEvent-1.json"),
                byte[].class, new SimpleSerializedType(EmployeeHiredEvent.class.getName(), "1")));

        assertThat(read).isEqualTo(event);
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = EmployeeEventContractTest.class.getResourceAsStream("/contracts/" + name)) {
            return in.readAllBytes();
        }
    }
}
