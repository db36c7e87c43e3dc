package io.salescrm.pipeline.api.deal;

import org.axonframework.serialization.Revision;

@Revision("1")
public record DealContactAttachedEvent(String dealId, String contactId) {
}
