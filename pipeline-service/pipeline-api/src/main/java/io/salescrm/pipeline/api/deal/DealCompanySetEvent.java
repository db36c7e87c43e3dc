package io.salescrm.pipeline.api.deal;

import org.axonframework.serialization.Revision;

/** The deal's company is now {@code companyId} (null: none). */
@Revision("1")
public record DealCompanySetEvent(String dealId, String companyId) {
}
