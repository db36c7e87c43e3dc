package io.salescrm.billing.quote.query;

import io.salescrm.billing.api.quote.QuoteAcceptedEvent;
import io.salescrm.billing.api.quote.QuoteCreatedEvent;
import io.salescrm.billing.api.quote.QuoteDeclinedEvent;
import io.salescrm.billing.api.quote.QuoteExpiredEvent;
import io.salescrm.billing.api.quote.QuoteRevisedEvent;
import io.salescrm.billing.api.quote.QuoteSentEvent;
import io.salescrm.billing.api.quote.QuoteStatus;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * Keeps {@code quote_views} and {@code quote_versions} from the local event store. Each quote document remembers
 * the sequence number of the last event applied, and versions are keyed by quote and number, so a replayed or
 * redelivered event leaves the same documents behind.
 */
@Component
@ProcessingGroup("quote-view")
class QuoteViewProjection {

    private final MongoTemplate mongo;

    QuoteViewProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(QuoteCreatedEvent e, @SequenceNumber long sequence) {
        mongo.save(new QuoteVersionView(QuoteVersionView.idOf(e.quoteId(), 1), e.quoteId(), 1, e.content(), e.createdAt()));
        if (mongo.findById(e.quoteId(), QuoteView.class) == null) {
            mongo.save(new QuoteView(e.quoteId(), e.dealId(), e.companyId(), e.contactId(), e.responsibleId(), e.open(),
                    QuoteStatus.DRAFT, 1, e.content(), e.content().validUntil(), null, null, null, null, null, null,
                    e.createdAt(), e.createdAt(), sequence));
        }
    }

    @EventHandler
    void on(QuoteRevisedEvent e, @SequenceNumber long sequence) {
        mongo.save(new QuoteVersionView(QuoteVersionView.idOf(e.quoteId(), e.version()), e.quoteId(), e.version(), e.content(), e.revisedAt()));
        update(e.quoteId(), sequence, q -> new QuoteView(q.id(), q.dealId(), q.companyId(), q.contactId(), q.responsibleId(),
                q.open(), QuoteStatus.DRAFT, e.version(), e.content(), e.content().validUntil(), null, null, null, null,
                null, null, q.createdAt(), e.revisedAt(), sequence));
    }

    @EventHandler
    void on(QuoteSentEvent e, @SequenceNumber long sequence) {
        update(e.quoteId(), sequence, q -> new QuoteView(q.id(), q.dealId(), q.companyId(), q.contactId(), q.responsibleId(),
                q.open(), QuoteStatus.SENT, q.version(), q.content(), q.validUntil(), e.documentId(), e.recipientEmail(),
                e.delivery(), e.sentAt(), null, null, q.createdAt(), e.sentAt(), sequence));
    }

    @EventHandler
    void on(QuoteAcceptedEvent e, @SequenceNumber long sequence) {
        update(e.quoteId(), sequence, q -> closed(q, QuoteStatus.ACCEPTED, e.createInvoice(), null, e.acceptedAt(), sequence));
    }

    @EventHandler
    void on(QuoteDeclinedEvent e, @SequenceNumber long sequence) {
        update(e.quoteId(), sequence, q -> closed(q, QuoteStatus.DECLINED, null, e.reason(), e.declinedAt(), sequence));
    }

    @EventHandler
    void on(QuoteExpiredEvent e, @SequenceNumber long sequence) {
        update(e.quoteId(), sequence, q -> closed(q, QuoteStatus.EXPIRED, null, null, e.expiredAt(), sequence));
    }

    private static QuoteView closed(QuoteView q, QuoteStatus status, Boolean createInvoice, String reason, Instant at, long sequence) {
        return new QuoteView(q.id(), q.dealId(), q.companyId(), q.contactId(), q.responsibleId(), q.open(), status,
                q.version(), q.content(), q.validUntil(), q.sentDocumentId(), q.recipientEmail(), q.delivery(), q.sentAt(),
                createInvoice, reason, q.createdAt(), at, sequence);
    }

    private void update(String quoteId, long sequence, UnaryOperator<QuoteView> change) {
        QuoteView current = mongo.findById(quoteId, QuoteView.class);
        if (current != null && current.sequence() < sequence) {
            mongo.save(change.apply(current));
        }
    }
}
