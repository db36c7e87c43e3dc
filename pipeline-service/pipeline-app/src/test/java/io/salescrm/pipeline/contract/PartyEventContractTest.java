package io.salescrm.pipeline.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.salescrm.pipeline.api.lead.LeadCreatedEvent;
import io.salescrm.pipeline.api.lead.LeadCreatedEventUpcaster;
import io.salescrm.pipeline.api.lead.LeadDetails;
import io.salescrm.pipeline.api.lead.LeadSource;
import io.salescrm.platform.json.CrmJson;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import static io.salescrm.pipeline.contract.PartyEventSamples.AT;
import static io.salescrm.pipeline.contract.PartyEventSamples.LEAD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published form of lead, contact and company events, as other services read them from Kafka (billing takes
 * company requisites from them, analytics every lead status change). A change that breaks these fixtures needs a
 * new event revision and an upcaster, not an edited fixture.
 */
class PartyEventContractTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(CrmJson.newObjectMapper()).build();
    private final ObjectMapper json = new ObjectMapper();
    private final EventUpcasterChain upcasters = new EventUpcasterChain(new LeadCreatedEventUpcaster());

    static List<PartyEventSamples.Sample> samples() {
        return PartyEventSamples.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void isSerializedAsItsContract(PartyEventSamples.Sample sample) throws IOException {
        SerializedObject<byte[]> serialized = serializer.serialize(sample.event(), byte[].class);

        assertThat(serialized.getType().getName()).isEqualTo(sample.event().getClass().getName());
        assertThat(serialized.getType().getRevision()).isEqualTo(revisionOf(sample.fixture()));
        assertThat(json.readTree(serialized.getData())).isEqualTo(json.readTree(fixture(sample.fixture())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void isReadBackExactly(PartyEventSamples.Sample sample) throws IOException {
        assertThat(read(sample.event().getClass(), fixture(sample.fixture()), revisionOf(sample.fixture())))
                .isEqualTo(sample.event());
    }

    @Test
    void revisionOneOfLeadCreatedIsReadThroughTheUpcasterAsATitledLeadThatIsNotOpen() throws IOException {
        Object read = read(LeadCreatedEvent.class, fixture("LeadCreatedEvent-1.json"), "1");

        assertThat(read).isEqualTo(new LeadCreatedEvent(LEAD, "pipeline-1",
                LeadDetails.titled("Inquiry from the website", LeadSource.WEBSITE), null, false, AT));
    }

    /** Reads a stored or published event of the given revision the way Axon does: upcasters first. */
    private Object read(Class<?> type, byte[] payload, String revision) {
        var entry = new GenericDomainEventEntry<>("Lead", LEAD, 0, "event-1", AT, type.getName(), revision, payload,
                "{}".getBytes(StandardCharsets.UTF_8));
        return EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(entry), serializer, upcasters).next().getPayload();
    }

    private static String revisionOf(String fixture) {
        return fixture.substring(fixture.lastIndexOf('-') + 1, fixture.indexOf(".json"));
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = PartyEventContractTest.class.getResourceAsStream("/contracts/" + name)) {
            assertThat(in).as("fixture " + name).isNotNull();
            return in.readAllBytes();
        }
    }
}
