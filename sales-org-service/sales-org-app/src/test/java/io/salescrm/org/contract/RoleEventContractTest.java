package io.salescrm.org.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.salescrm.org.api.role.AccessLevel;
import io.salescrm.org.api.role.Action;
import io.salescrm.org.api.role.DealStageRule;
import io.salescrm.org.api.role.EntityType;
import io.salescrm.org.api.role.Permission;
import io.salescrm.org.api.role.RoleAssignedEvent;
import io.salescrm.org.api.role.RoleDefinedEvent;
import io.salescrm.org.api.role.RoleSubject;
import io.salescrm.platform.json.CrmJson;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published form of role events, as every service's access model reads them from Kafka. A change that
 * breaks these fixtures needs a new event revision and an upcaster, not an edited fixture.
 */
class RoleEventContractTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(CrmJson.newObjectMapper()).build();
    private final ObjectMapper json = new ObjectMapper();

    private final RoleDefinedEvent defined = new RoleDefinedEvent("role-manager", "Manager", "MANAGER",
            List.of(new Permission(EntityType.DEAL, Action.READ, AccessLevel.OPEN),
                    new Permission(EntityType.DEAL, Action.WRITE, AccessLevel.OWN)),
            List.of(new DealStageRule("pipeline-1", "stage-won",
                            List.of(new Permission(EntityType.DEAL, Action.WRITE, AccessLevel.NONE)), List.of("stage-lost")),
                    new DealStageRule("pipeline-2", null,
                            List.of(new Permission(EntityType.DEAL, Action.READ, AccessLevel.DEPARTMENT)), null)));

    private final RoleAssignedEvent assigned = new RoleAssignedEvent("role-manager", RoleSubject.UNIT, "unit-7");

    @Test
    void roleDefinedIsSerializedAsRevisionOneOfItsContract() throws IOException {
        SerializedObject<byte[]> serialized = serializer.serialize(defined, byte[].class);

        assertThat(serialized.getType().getName()).isEqualTo("io.salescrm.org.api.role.RoleDefinedEvent");
        assertThat(serialized.getType().getRevision()).isEqualTo("1");
        assertThat(json.readTree(serialized.getData())).isEqualTo(json.readTree(fixture("RoleDefinedEvent-1.json")));
    }

    @Test
    void revisionOneOfRoleDefinedIsReadBackExactly() throws IOException {
        RoleDefinedEvent read = serializer.deserialize(new SimpleSerializedObject<>(fixture("RoleDefinedEvent-1.json"),
                byte[].class, new SimpleSerializedType(RoleDefinedEvent.class.getName(), "1")));

        assertThat(read).isEqualTo(defined);
    }

    @Test
    void roleAssignedIsSerializedAsRevisionOneOfItsContract() throws IOException {
        SerializedObject<byte[]> serialized = serializer.serialize(assigned, byte[].class);

        assertThat(serialized.getType().getRevision()).isEqualTo("1");
        assertThat(json.readTree(serialized.getData())).isEqualTo(json.readTree(fixture("RoleAssignedEvent-1.json")));
        assertThat((RoleAssignedEvent) serializer.deserialize(new SimpleSerializedObject<>(fixture("RoleAssignedEvent-1.json"),
                byte[].class, new SimpleSerializedType(RoleAssignedEvent.class.getName(), "1")))).isEqualTo(assigned);
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = RoleEventContractTest.class.getResourceAsStream("/contracts/" + name)) {
            return in.readAllBytes();
        }
    }
}
