package io.salescrm.billing.reference.employee;

import io.salescrm.billing.reference.ReferenceWriter;
import io.salescrm.org.api.employee.EmployeeDeactivatedEvent;
import io.salescrm.org.api.employee.EmployeeHiredEvent;
import io.salescrm.org.api.employee.EmployeeProfileChangedEvent;
import io.salescrm.org.api.employee.EmployeeReactivatedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup(ReferenceWriter.PROCESSING_GROUP)
class EmployeeReferenceProjection {

    private final ReferenceWriter writer;

    EmployeeReferenceProjection(ReferenceWriter writer) {
        this.writer = writer;
    }

    @EventHandler
    void on(EmployeeHiredEvent event, @SequenceNumber long sequence) {
        writer.apply(EmployeeReference.class, event.employeeId(), sequence, EmployeeReference::version,
                current -> new EmployeeReference(event.employeeId(), event.fullName(), event.email(), event.position(), true, sequence));
    }

    @EventHandler
    void on(EmployeeProfileChangedEvent event, @SequenceNumber long sequence) {
        writer.applyToExisting(EmployeeReference.class, event.employeeId(), sequence, EmployeeReference::version,
                e -> new EmployeeReference(e.id(), event.fullName(), event.email(), event.position(), e.active(), sequence));
    }

    @EventHandler
    void on(EmployeeDeactivatedEvent event, @SequenceNumber long sequence) {
        writer.applyToExisting(EmployeeReference.class, event.employeeId(), sequence, EmployeeReference::version,
                e -> new EmployeeReference(e.id(), e.fullName(), e.email(), e.position(), false, sequence));
    }

    @EventHandler
    void on(EmployeeReactivatedEvent event, @SequenceNumber long sequence) {
        writer.applyToExisting(EmployeeReference.class, event.employeeId(), sequence, EmployeeReference::version,
                e -> new EmployeeReference(e.id(), e.fullName(), e.email(), e.position(), true, sequence));
    }
}
