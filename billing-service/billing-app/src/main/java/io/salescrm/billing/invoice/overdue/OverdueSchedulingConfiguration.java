package io.salescrm.billing.invoice.overdue;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The service detects overdue invoices by itself ({@link OverdueInvoiceJob}). */
@Configuration
@EnableScheduling
class OverdueSchedulingConfiguration {
}
