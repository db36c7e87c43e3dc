package io.salescrm.pipeline.api.deal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Reads revision 1 of {@link DealCreatedEvent} (before deals had a responsible employee) as revision 2 with
 * {@code responsibleId} null and {@code open} false. Every service that reads deal events registers it: the
 * pipeline service for its event store, consumers for the pipeline topic (the Kafka message converter applies
 * the same upcaster chain).
 */
public class DealCreatedEventUpcaster extends SingleEventUpcaster {

    static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(DealCreatedEvent.class.getName(), "1");
    static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(DealCreatedEvent.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ObjectNode upcast = payload.deepCopy();
            upcast.putNull("responsibleId");
            upcast.put("open", false);
            return upcast;
        });
    }
}
