package io.salescrm.billing.invoice.overdue;

import io.salescrm.billing.api.invoice.InvoiceStatus;
import io.salescrm.billing.api.invoice.MarkInvoiceOverdueCommand;
import io.salescrm.billing.invoice.query.InvoiceView;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Detects overdue invoices: every few minutes (and shortly after start) it looks in the read model for issued,
 * unpaid invoices whose due date is before today (UTC) and not yet marked, and asks each invoice to mark itself.
 * The invoice decides (it knows its balance for sure) and records it once, so running this on several instances,
 * twice, or on a lagging read model does no harm.
 */
@Component
public class OverdueInvoiceJob {

    private static final Logger log = LoggerFactory.getLogger(OverdueInvoiceJob.class);
    static final int BATCH = 500;

    /** Only the id of a candidate invoice is read. */
    record Candidate(@Id String id) {
    }

    private final MongoTemplate mongo;
    private final CommandGateway commandGateway;

    public OverdueInvoiceJob(MongoTemplate mongo, CommandGateway commandGateway) {
        this.mongo = mongo;
        this.commandGateway = commandGateway;
    }

    @Scheduled(initialDelayString = "${crm.billing.overdue.initial-delay:PT1M}",
            fixedDelayString = "${crm.billing.overdue.interval:PT10M}")
    void checkToday() {
        int marked = markOverdue(LocalDate.now(ZoneOffset.UTC));
        if (marked > 0) {
            log.info("{} invoices became overdue", marked);
        }
    }

    /** Marks every invoice overdue on {@code today}; the number newly marked. */
    public int markOverdue(LocalDate today) {
        int marked = 0;
        String after = "";
        while (true) {
            Query candidates = new Query(new Criteria().andOperator(
                    where("status").in(InvoiceStatus.ISSUED, InvoiceStatus.PARTIALLY_PAID),
                    where("overdue").is(false),
                    where("dueDay").lt(today.toEpochDay()),
                    where("_id").gt(after)))
                    .with(Sort.by("_id")).limit(BATCH);
            List<Candidate> batch = mongo.find(candidates, Candidate.class, InvoiceView.COLLECTION);
            for (Candidate invoice : batch) {
                marked += mark(invoice.id(), today) ? 1 : 0;
            }
            if (batch.size() < BATCH) {
                return marked;
            }
            after = batch.get(batch.size() - 1).id();
        }
    }

    private boolean mark(String invoiceId, LocalDate today) {
        try {
            return Boolean.TRUE.equals(commandGateway.sendAndWait(new MarkInvoiceOverdueCommand(invoiceId, today)));
        } catch (ConcurrencyException markedElsewhereMeanwhile) {
            return false;
        }
    }
}
