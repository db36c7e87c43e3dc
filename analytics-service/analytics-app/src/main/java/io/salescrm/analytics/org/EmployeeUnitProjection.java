package io.salescrm.analytics.org;

import io.salescrm.analytics.AnalyticsProcessing;
import io.salescrm.analytics.deal.DealFactGroups;
import io.salescrm.analytics.receivable.InvoiceFactGroups;
import io.salescrm.org.api.employee.EmployeeHiredEvent;
import io.salescrm.org.api.employee.EmployeeMovedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

/**
 * Keeps each employee's primary units over time from the org topic (the event's timestamp is when the membership
 * began) and re-attributes the employee's deal and invoice facts when his history grows, whatever order the topics arrive in.
 */
@Component
@ProcessingGroup(AnalyticsProcessing.GROUP)
public class EmployeeUnitProjection {

    private final EmployeeUnits units;
    private final DealFactGroups dealGroups;
    private final InvoiceFactGroups invoiceGroups;

    public EmployeeUnitProjection(EmployeeUnits units, DealFactGroups dealGroups, InvoiceFactGroups invoiceGroups) {
        this.units = units;
        this.dealGroups = dealGroups;
        this.invoiceGroups = invoiceGroups;
    }

    @EventHandler
    void on(EmployeeHiredEvent event, EventMessage<?> message) {
        joined(event.employeeId(), event.primaryUnitId(), message);
    }

    @EventHandler
    void on(EmployeeMovedEvent event, EventMessage<?> message) {
        joined(event.employeeId(), event.toUnitId(), message);
    }

    private void joined(String employeeId, String unitId, EventMessage<?> message) {
        if (units.record(employeeId, new UnitMembership(message.getIdentifier(), message.getTimestamp(), unitId))) {
            dealGroups.regroup(employeeId);
            invoiceGroups.regroup(employeeId);
        }
    }
}
