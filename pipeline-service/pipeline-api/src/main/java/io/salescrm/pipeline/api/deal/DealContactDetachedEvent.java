package io.salescrm.pipeline.api.deal;

import org.axonframework.serialization.Revision;

@Revision("1")
public record DealContactDetachedEvent(String dealId, String contactId) {
}
