package io.salescrm.pipeline.api.deal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.salescrm.pipeline.api.pipeline.DefaultPipeline;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;

import java.util.stream.Stream;

/**
 * Reads older revisions of {@link DealCreatedEvent} as the current one, one step after the other, in one
 * upcaster (so no registration order between steps can break the chain):
 * <ul>
 *   <li>1 -> 2 (before deals had a responsible employee): {@code responsibleId} null, {@code open} false;</li>
 *   <li>2 -> 3 (before pipelines): the deal sits in the first stage of the default pipeline with its
 *   probability; no product rows, company, contacts, origin lead, dates, source, comments or custom fields.</li>
 * </ul>
 * Every service that reads deal events registers it: the pipeline service for its event store, consumers for
 * the pipeline topic (the Kafka message converter applies the same upcaster chain).
 */
public class DealCreatedEventUpcaster implements EventUpcaster {

    static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(DealCreatedEvent.class.getName(), "1");
    static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(DealCreatedEvent.class.getName(), "2");
    static final SimpleSerializedType REVISION_3 = new SimpleSerializedType(DealCreatedEvent.class.getName(), "3");

    @Override
    public Stream<IntermediateEventRepresentation> upcast(Stream<IntermediateEventRepresentation> representations) {
        return representations.map(DealCreatedEventUpcaster::toRevision2).map(DealCreatedEventUpcaster::toRevision3);
    }

    private static IntermediateEventRepresentation toRevision2(IntermediateEventRepresentation representation) {
        if (!REVISION_1.equals(representation.getType())) {
            return representation;
        }
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ObjectNode upcast = payload.deepCopy();
            upcast.putNull("responsibleId");
            upcast.put("open", false);
            return upcast;
        });
    }

    private static IntermediateEventRepresentation toRevision3(IntermediateEventRepresentation representation) {
        if (!REVISION_2.equals(representation.getType())) {
            return representation;
        }
        return representation.upcastPayload(REVISION_3, JsonNode.class, payload -> {
            ObjectNode upcast = payload.deepCopy();
            upcast.put("pipelineId", DefaultPipeline.ID);
            upcast.put("stageId", DefaultPipeline.FIRST_STAGE);
            upcast.put("probability", DefaultPipeline.FIRST_STAGE_PROBABILITY);
            upcast.putArray("productRows");
            upcast.putNull("companyId");
            upcast.putArray("contactIds");
            upcast.putNull("originLeadId");
            upcast.putNull("startDate");
            upcast.putNull("expectedCloseDate");
            upcast.putNull("source");
            upcast.putNull("comments");
            upcast.putObject("customFields");
            return upcast;
        });
    }
}
