package io.salescrm.pipeline.api.lead;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Reads revision 1 of {@link LeadCreatedEvent} (title and source only) as revision 2: details holding the title
 * and source with every other part empty, and {@code open} false. Every service that reads lead events registers
 * it: the pipeline service for its event store, consumers of the pipeline topic (sales-org's distribution) for
 * their Kafka message converter.
 */
public class LeadCreatedEventUpcaster extends SingleEventUpcaster {

    static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(LeadCreatedEvent.class.getName(), "1");
    static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(LeadCreatedEvent.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ObjectNode upcast = payload.deepCopy();
            ObjectNode details = upcast.objectNode();
            details.set("title", payload.get("title"));
            details.putNull("name");
            details.putNull("companyName");
            details.putNull("position");
            details.putArray("phones");
            details.putArray("emails");
            details.putNull("website");
            details.putNull("address");
            details.set("source", payload.get("source"));
            details.putNull("sourceNote");
            details.putNull("expectedAmount");
            details.putArray("products");
            details.putNull("comments");
            details.putObject("customFields");
            upcast.remove("title");
            upcast.remove("source");
            upcast.set("details", details);
            upcast.put("open", false);
            return upcast;
        });
    }
}
