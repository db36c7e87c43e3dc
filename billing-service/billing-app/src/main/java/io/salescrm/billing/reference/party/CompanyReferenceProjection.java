package io.salescrm.billing.reference.party;

import io.salescrm.billing.reference.ReferenceWriter;
import io.salescrm.pipeline.api.company.CompanyAbsorbedEvent;
import io.salescrm.pipeline.api.company.CompanyAssignedEvent;
import io.salescrm.pipeline.api.company.CompanyCreatedEvent;
import io.salescrm.pipeline.api.company.CompanyDetails;
import io.salescrm.pipeline.api.company.CompanyDetailsChangedEvent;
import io.salescrm.pipeline.api.company.CompanyMergedIntoEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import static io.salescrm.billing.reference.party.PartyDetails.numbers;
import static io.salescrm.billing.reference.party.PartyDetails.oneLine;
import static io.salescrm.billing.reference.party.PartyDetails.orEmpty;

@Component
@ProcessingGroup(ReferenceWriter.PROCESSING_GROUP)
class CompanyReferenceProjection {

    private final ReferenceWriter writer;

    CompanyReferenceProjection(ReferenceWriter writer) {
        this.writer = writer;
    }

    @EventHandler
    void on(CompanyCreatedEvent event, @SequenceNumber long sequence) {
        writer.apply(CompanyReference.class, event.companyId(), sequence, CompanyReference::version,
                current -> company(event.companyId(), event.details(), event.responsibleId(), event.open(), null, sequence));
    }

    @EventHandler
    void on(CompanyDetailsChangedEvent event, @SequenceNumber long sequence) {
        writer.applyToExisting(CompanyReference.class, event.companyId(), sequence, CompanyReference::version,
                c -> company(c.id(), event.details(), c.responsibleId(), event.open(), c.mergedIntoId(), sequence));
    }

    @EventHandler
    void on(CompanyAbsorbedEvent event, @SequenceNumber long sequence) {
        writer.applyToExisting(CompanyReference.class, event.companyId(), sequence, CompanyReference::version,
                c -> company(c.id(), event.details(), c.responsibleId(), c.open(), c.mergedIntoId(), sequence));
    }

    @EventHandler
    void on(CompanyAssignedEvent event, @SequenceNumber long sequence) {
        writer.applyToExisting(CompanyReference.class, event.companyId(), sequence, CompanyReference::version,
                c -> new CompanyReference(c.id(), c.name(), c.legalName(), c.taxId(), c.kpp(), c.ogrn(), c.legalAddress(),
                        c.bank(), c.emails(), c.phones(), event.responsibleId(), c.open(), c.mergedIntoId(), sequence));
    }

    @EventHandler
    void on(CompanyMergedIntoEvent event, @SequenceNumber long sequence) {
        writer.applyToExisting(CompanyReference.class, event.companyId(), sequence, CompanyReference::version,
                c -> new CompanyReference(c.id(), c.name(), c.legalName(), c.taxId(), c.kpp(), c.ogrn(), c.legalAddress(),
                        c.bank(), c.emails(), c.phones(), c.responsibleId(), c.open(), event.survivorId(), sequence));
    }

    private static CompanyReference company(String id, CompanyDetails details, String responsibleId, boolean open,
                                            String mergedIntoId, long sequence) {
        var addresses = details.addresses();
        String legalAddress = addresses == null ? null
                : oneLine(addresses.legal() != null ? addresses.legal() : addresses.actual());
        return new CompanyReference(id, details.name(), details.legalName(), details.taxId(), details.kpp(), details.ogrn(),
                legalAddress, details.bank(), orEmpty(details.emails()), numbers(details.phones()), responsibleId, open,
                mergedIntoId, sequence);
    }
}
