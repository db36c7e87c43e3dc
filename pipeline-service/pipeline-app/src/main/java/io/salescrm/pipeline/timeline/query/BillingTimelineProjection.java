package io.salescrm.pipeline.timeline.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.salescrm.billing.api.invoice.InvoiceCreatedEvent;
import io.salescrm.billing.api.invoice.InvoiceIssuedEvent;
import io.salescrm.billing.api.invoice.InvoicePaidEvent;
import io.salescrm.billing.api.payment.PaymentRefundedEvent;
import io.salescrm.billing.api.payment.PaymentRegisteredEvent;
import io.salescrm.billing.api.quote.QuoteAcceptedEvent;
import io.salescrm.billing.api.quote.QuoteDelivery;
import io.salescrm.billing.api.quote.QuoteSentEvent;
import io.salescrm.pipeline.api.activity.SubjectKind;
import io.salescrm.platform.access.ActorPropagation;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;

/**
 * The billing side of deal and company timelines, read from billing's topic: offers sent and accepted, invoices
 * issued and paid, payments received and refunded, each as an entry with source "billing" on the deal and on the
 * company it concerns. Payments name only their invoice, so the invoice's deal and company are kept from its
 * creation ({@link InvoiceSubjects}; an invoice's events share its Kafka key, so its creation comes first).
 * Entries are keyed by event id and subject, so redelivery and replay write the same entries again.
 */
@Component
@ProcessingGroup(BillingTimelineProjection.GROUP)
public class BillingTimelineProjection {

    public static final String GROUP = "timeline-billing";
    static final String SOURCE = "billing";

    /** The deal and company an invoice belongs to, collection {@value #COLLECTION}. */
    @org.springframework.data.mongodb.core.mapping.Document(InvoiceSubjects.COLLECTION)
    record InvoiceSubjects(@Id String invoiceId, String dealId, String companyId, String number) {
        static final String COLLECTION = "timeline_billing_invoices";
    }

    private final MongoTemplate mongo;
    private final ObjectMapper json;

    public BillingTimelineProjection(MongoTemplate mongo, ObjectMapper json) {
        this.mongo = mongo;
        this.json = json;
    }

    @EventHandler
    void on(QuoteSentEvent event, EventMessage<?> message, TrackingToken token) throws Exception {
        write(message, token, event.quoteId(), event.dealId(), event.companyId(), "Offer sent (version " + event.version() + "): "
                + money(event.gross(), event.currency())
                + (event.delivery() == QuoteDelivery.EMAIL ? " by e-mail to " + event.recipientEmail() : " to the outbox"));
    }

    @EventHandler
    void on(QuoteAcceptedEvent event, EventMessage<?> message, TrackingToken token) throws Exception {
        write(message, token, event.quoteId(), event.dealId(), event.companyId(), "Offer accepted (version " + event.version() + ")");
    }

    @EventHandler
    void on(InvoiceCreatedEvent event) {
        mongo.save(new InvoiceSubjects(event.invoiceId(), event.dealId(), event.companyId(), null));
    }

    @EventHandler
    void on(InvoiceIssuedEvent event, EventMessage<?> message, TrackingToken token) throws Exception {
        mongo.save(new InvoiceSubjects(event.invoiceId(), event.dealId(), event.companyId(), event.number()));
        write(message, token, event.invoiceId(), event.dealId(), event.companyId(), "Invoice " + event.number() + " issued: "
                + money(event.total(), event.currency()) + ", due " + event.dueDate());
    }

    @EventHandler
    void on(PaymentRegisteredEvent event, EventMessage<?> message, TrackingToken token) throws Exception {
        InvoiceSubjects invoice = mongo.findById(event.invoiceId(), InvoiceSubjects.class);
        if (invoice != null) {
            write(message, token, event.invoiceId(), invoice.dealId(), invoice.companyId(), "Payment received" + invoiceNumber(invoice)
                    + ": " + money(event.amount(), event.currency()) + ", balance " + money(event.balance(), event.currency()));
        }
    }

    @EventHandler
    void on(PaymentRefundedEvent event, EventMessage<?> message, TrackingToken token) throws Exception {
        InvoiceSubjects invoice = mongo.findById(event.invoiceId(), InvoiceSubjects.class);
        if (invoice != null) {
            write(message, token, event.invoiceId(), invoice.dealId(), invoice.companyId(), "Payment refunded" + invoiceNumber(invoice));
        }
    }

    @EventHandler
    void on(InvoicePaidEvent event, EventMessage<?> message, TrackingToken token) throws Exception {
        write(message, token, event.invoiceId(), event.dealId(), event.companyId(), "Invoice " + event.number() + " paid in full: "
                + money(event.total(), event.currency()));
    }

    private void write(EventMessage<?> message, TrackingToken token, String aggregateId, String dealId, String companyId,
                       String summary) throws Exception {
        if (dealId != null) {
            save(message, token, aggregateId, SubjectKind.DEAL, dealId, summary);
        }
        if (companyId != null) {
            save(message, token, aggregateId, SubjectKind.COMPANY, companyId, summary);
        }
    }

    private void save(EventMessage<?> message, TrackingToken token, String aggregateId, SubjectKind kind, String entityId,
                      String summary) throws Exception {
        Object actor = message.getMetaData().get(ActorPropagation.METADATA_KEY);
        String aggregateType = message.getPayloadType().getSimpleName().startsWith("Quote") ? "Quote" : "Invoice";
        mongo.save(new TimelineEntry(message.getIdentifier() + ":" + kind, kind, entityId, message.getTimestamp(),
                token == null ? 0 : token.position().orElse(0), SOURCE, TimelineCategory.BILLING,
                message.getPayloadType().getSimpleName(), aggregateType, aggregateId, actor == null ? null : actor.toString(),
                summary, Document.parse(json.writeValueAsString(TimelineProjection.compact(json.valueToTree(message.getPayload()))))));
    }

    private static String invoiceNumber(InvoiceSubjects invoice) {
        return invoice.number() == null ? "" : " for invoice " + invoice.number();
    }

    private static String money(BigDecimal amount, String currency) {
        return amount == null ? "?" : amount.toPlainString() + " " + currency;
    }
}
