package io.salescrm.org.distribution.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.salescrm.org.api.distribution.DistributionRuleChangedEvent;
import io.salescrm.org.api.distribution.DistributionRuleCreatedEvent;
import io.salescrm.org.api.distribution.DistributionRuleDeletedEvent;
import io.salescrm.org.api.distribution.LeadAssignmentDecidedEvent;
import io.salescrm.org.api.distribution.LeadAssignmentFailedEvent;
import io.salescrm.org.api.distribution.LeadAssignmentFailureReason;
import io.salescrm.org.api.distribution.RoundRobinAdvancedEvent;
import io.salescrm.platform.json.CrmJson;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;

import static io.salescrm.org.api.distribution.DistributionStrategy.FEWEST_OPEN_LEADS;
import static io.salescrm.org.api.distribution.DistributionStrategy.ROUND_ROBIN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published form of the distribution events, as other services (the pipeline first) read them from the org
 * topic. A change that breaks these fixtures needs a new event revision and an upcaster, not an edited fixture.
 */
class DistributionEventContractTest {

    private static final String LEAD = "7b0c3f8e-2d4a-4e55-9b61-0f2a9c1d3e44";
    private static final String EMPLOYEE = "c2f1e0d9-5a6b-4c3d-8e7f-112233445566";
    private static final String RULE = "0e9d8c7b-6a5f-4e3d-9c2b-aabbccddeeff";

    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(CrmJson.newObjectMapper()).build();
    private final ObjectMapper json = new ObjectMapper();

    static Stream<Arguments> events() {
        return Stream.of(
                Arguments.of("LeadAssignmentDecidedEvent-1.json",
                        new LeadAssignmentDecidedEvent(LEAD, EMPLOYEE, RULE, ROUND_ROBIN, false)),
                Arguments.of("LeadAssignmentFailedEvent-1.json",
                        new LeadAssignmentFailedEvent(LEAD, RULE, LeadAssignmentFailureReason.NO_ACTIVE_EMPLOYEE,
                                "Unit group-1 has no active employee and the rule has no fallback employee.")),
                Arguments.of("DistributionRuleCreatedEvent-1.json",
                        new DistributionRuleCreatedEvent(RULE, "Website and calls", List.of("WEBSITE", "CALL"), "pipeline-1",
                                "group-1", FEWEST_OPEN_LEADS, "head-of-sales", 10)),
                Arguments.of("DistributionRuleChangedEvent-1.json",
                        new DistributionRuleChangedEvent(RULE, "Any lead", List.of(), null, "group-2", ROUND_ROBIN, null, 20)),
                Arguments.of("DistributionRuleDeletedEvent-1.json", new DistributionRuleDeletedEvent(RULE)),
                Arguments.of("RoundRobinAdvancedEvent-1.json", new RoundRobinAdvancedEvent(RULE, LEAD, EMPLOYEE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void isSerializedAsRevisionOneOfItsContract(String fixture, Object event) throws IOException {
        SerializedObject<byte[]> serialized = serializer.serialize(event, byte[].class);

        assertThat(serialized.getType().getName()).isEqualTo(event.getClass().getName());
        assertThat(serialized.getType().getRevision()).isEqualTo("1");
        assertThat(json.readTree(serialized.getData())).isEqualTo(json.readTree(fixture(fixture)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void revisionOneIsReadBackExactly(String fixture, Object event) throws IOException {
        Object read = serializer.deserialize(new SimpleSerializedObject<>(fixture(fixture), byte[].class,
                new SimpleSerializedType(event.getClass().getName(), "1")));

        assertThat(read).isEqualTo(event);
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = DistributionEventContractTest.class.getResourceAsStream("/contracts/" + name)) {
            return in.readAllBytes();
        }
    }
}
