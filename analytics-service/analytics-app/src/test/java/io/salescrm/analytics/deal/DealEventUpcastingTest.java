package io.salescrm.analytics.deal;

import io.salescrm.pipeline.api.deal.DealCreatedEvent;
import io.salescrm.pipeline.api.pipeline.DefaultPipeline;
import io.salescrm.platform.test.ServiceIntegrationTest;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.util.ReflectionTestUtils;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deal events of revision 1 still sit on the pipeline topic: the Kafka message converter analytics reads them with
 * must apply the deal upcaster (Axon's upcaster chain, which collects every EventUpcaster bean).
 */
@ServiceIntegrationTest
class DealEventUpcastingTest {

    @Autowired
    KafkaMessageConverter<String, byte[]> converter;
    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    @Test
    void theKafkaMessageConverterUpcastsRevisionOneDealEventsToTheCurrentRevision() {
        EventUpcasterChain chain = (EventUpcasterChain) ReflectionTestUtils.getField(converter, "upcasterChain");
        byte[] revisionOne = """
                {"dealId":"d-1","title":"Old","amount":"1.00","currency":"RUB","baseCurrency":"RUB","rateToBase":"1",
                 "amountInBase":"1.00","createdAt":"2026-01-10T09:00:00Z"}""".getBytes(StandardCharsets.UTF_8);
        var entry = new GenericDomainEventEntry<>("Deal", "d-1", 0, "e-1", Instant.now(), DealCreatedEvent.class.getName(),
                "1", revisionOne, "{}".getBytes(StandardCharsets.UTF_8));

        List<IntermediateEventRepresentation> upcast = chain.upcast(Stream.of(new InitialEventRepresentation(entry, eventSerializer))).toList();

        assertThat(upcast).hasSize(1);
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("3");
        DealCreatedEvent event = eventSerializer.deserialize(upcast.get(0).getData());
        assertThat(event.responsibleId()).isNull();
        assertThat(event.open()).isFalse();
        assertThat(event.pipelineId()).isEqualTo(DefaultPipeline.ID);
        assertThat(event.stageId()).isEqualTo(DefaultPipeline.FIRST_STAGE);
    }
}
