package io.salescrm.org.distribution.contract;

import io.salescrm.pipeline.api.lead.LeadAssignedEvent;
import io.salescrm.pipeline.api.lead.LeadClosedEvent;
import io.salescrm.org.config.LeadEventUpcasters;
import io.salescrm.pipeline.api.lead.LeadCreatedEvent;
import io.salescrm.pipeline.api.lead.LeadDetails;
import io.salescrm.pipeline.api.lead.LeadOutcome;
import io.salescrm.pipeline.api.lead.LeadSource;
import io.salescrm.platform.json.CrmJson;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What sales-org expects of the pipeline's lead events (revision 1; lead-created also revision 2 and revision 1
 * through the upcaster), as the consumer that distributes leads: the
 * fixtures are the JSON the pipeline's publisher writes, and they must read back into the events distribution
 * handles. A failure here means the pipeline changed its published language without a new revision.
 */
class LeadEventContractTest {

    private static final String LEAD = "7b0c3f8e-2d4a-4e55-9b61-0f2a9c1d3e44";
    private static final Instant CREATED_AT = Instant.parse("2026-03-01T10:15:30Z");

    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(CrmJson.newObjectMapper()).build();

    static Stream<Arguments> events() {
        return Stream.of(
                Arguments.of("LeadAssignedEvent-1.json", new LeadAssignedEvent(LEAD, "c2f1e0d9-5a6b-4c3d-8e7f-112233445566")),
                Arguments.of("LeadClosedEvent-1.json", new LeadClosedEvent(LEAD, LeadOutcome.CONVERTED)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void revisionOneIsReadAsDistributionExpects(String fixture, Object event) throws IOException {
        Object read = serializer.deserialize(new SimpleSerializedObject<>(DistributionEventContractTest.fixture(fixture),
                byte[].class, new SimpleSerializedType(event.getClass().getName(), "1")));

        assertThat(read).isEqualTo(event);
    }

    @Test
    void revisionOneOfLeadCreatedIsReadThroughTheUpcasterWithItsTitleSourceAndPipeline() throws IOException {
        LeadCreatedEvent read = readLeadCreated("LeadCreatedEvent-1.json", "1");

        assertThat(read).isEqualTo(new LeadCreatedEvent(LEAD, "pipeline-1",
                LeadDetails.titled("Inquiry from the website", LeadSource.WEBSITE), null, false, CREATED_AT));
    }

    @Test
    void revisionTwoOfLeadCreatedGivesDistributionItsSourcePipelineAndResponsible() throws IOException {
        LeadCreatedEvent read = readLeadCreated("LeadCreatedEvent-2.json", "2");

        assertThat(read.leadId()).isEqualTo(LEAD);
        assertThat(read.source()).isEqualTo(LeadSource.WEBSITE);
        assertThat(read.pipelineId()).isEqualTo("pipeline-1");
        assertThat(read.responsibleId()).isNull();
        assertThat(read.title()).isEqualTo("Inquiry from the website");
    }

    /** Reads a lead-created event of the given revision as the Kafka consumer does: through the upcaster bean. */
    private LeadCreatedEvent readLeadCreated(String fixture, String revision) throws IOException {
        var entry = new GenericDomainEventEntry<>("Lead", LEAD, 0, "event-1", CREATED_AT, LeadCreatedEvent.class.getName(),
                revision, DistributionEventContractTest.fixture(fixture), "{}".getBytes(StandardCharsets.UTF_8));
        return (LeadCreatedEvent) EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(entry), serializer,
                new EventUpcasterChain(new LeadEventUpcasters().leadCreatedEventUpcaster())).next().getPayload();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void theEventsCarryRevisionOne(String fixture, Object event) {
        SerializedObject<byte[]> serialized = serializer.serialize(event, byte[].class);

        assertThat(serialized.getType().getRevision()).isEqualTo("1");
    }
}
