package io.salescrm.pipeline.api.pipeline;

import org.axonframework.serialization.Revision;

/** The pipeline's mode or automation changed; billing reads {@code moveToWonOnInvoicePaid} from here. */
@Revision("1")
public record PipelineSettingsChangedEvent(String pipelineId, boolean simpleMode, boolean moveToWonOnInvoicePaid) {
}
