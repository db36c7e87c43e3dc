package io.salescrm.org.distribution.command;

import io.salescrm.org.distribution.query.LeadLoad;
import io.salescrm.pipeline.api.lead.LeadAssignedEvent;
import io.salescrm.pipeline.api.lead.LeadClosedEvent;
import io.salescrm.pipeline.api.lead.LeadCreatedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The pipeline's lead events as distribution takes them from Kafka ({@code crm.pipeline.events}), one at a time
 * in one tracking processor: every lead event updates the open-lead count, and a lead created without a
 * responsible is distributed. Handler errors are not skipped but retried (see
 * {@code DistributionProcessing}).
 */
@Component
@ProcessingGroup(LeadIntake.GROUP)
public class LeadIntake {

    public static final String GROUP = "distribution-intake";
    /** Lead ids become aggregate ids of {@link LeadAssignment}; longer ones cannot be pipeline ids. */
    static final int MAX_LEAD_ID_LENGTH = 100;

    private static final Logger log = LoggerFactory.getLogger(LeadIntake.class);

    private final LeadLoad leads;
    private final LeadDistributor distributor;

    public LeadIntake(LeadLoad leads, LeadDistributor distributor) {
        this.leads = leads;
        this.distributor = distributor;
    }

    @EventHandler
    void on(LeadCreatedEvent event, @SequenceNumber long sequence) {
        if (!usable(event.leadId())) {
            return;
        }
        String responsibleId = blankToNull(event.responsibleId());
        leads.created(event.leadId(), responsibleId, sequence);
        if (responsibleId == null) {
            distributor.distribute(event);
        }
    }

    @EventHandler
    void on(LeadAssignedEvent event, @SequenceNumber long sequence) {
        if (usable(event.leadId()) && blankToNull(event.responsibleId()) != null) {
            leads.assigned(event.leadId(), event.responsibleId(), sequence);
        }
    }

    @EventHandler
    void on(LeadClosedEvent event) {
        if (usable(event.leadId())) {
            leads.closed(event.leadId());
        }
    }

    private static boolean usable(String leadId) {
        if (leadId == null || leadId.isBlank() || leadId.length() > MAX_LEAD_ID_LENGTH) {
            log.warn("Ignoring a lead event without a usable lead id");
            return false;
        }
        return true;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
