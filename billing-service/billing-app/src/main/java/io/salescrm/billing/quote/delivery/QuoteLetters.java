package io.salescrm.billing.quote.delivery;

import io.salescrm.billing.api.quote.QuoteSentEvent;
import io.salescrm.billing.document.DocumentStore;
import io.salescrm.billing.document.SellerProperties;
import io.salescrm.billing.mail.MailDelivery;
import io.salescrm.billing.quote.query.QuoteView;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Delivers each sent quote's stored PDF as the send decided (e-mail or outbox), after the event is stored: a send
 * is never lost, and delivering it again (redelivery, replay) is a no-op (see {@link MailDelivery}).
 */
@Component
@ProcessingGroup("quote-delivery")
class QuoteLetters {

    private final DocumentStore documents;
    private final MailDelivery mail;
    private final MongoTemplate mongo;
    private final SellerProperties seller;

    QuoteLetters(DocumentStore documents, MailDelivery mail, MongoTemplate mongo, SellerProperties seller) {
        this.documents = documents;
        this.mail = mail;
        this.mongo = mongo;
        this.seller = seller;
    }

    @EventHandler
    void on(QuoteSentEvent event) {
        var document = documents.find(event.documentId())
                .orElseThrow(() -> new IllegalStateException("The PDF " + event.documentId() + " of a sent quote is missing."));
        QuoteView quote = mongo.findById(event.quoteId(), QuoteView.class);
        boolean open = quote != null && quote.open();
        String greeting = quote == null || quote.content().greeting() == null ? "Здравствуйте!" : quote.content().greeting();
        String body = greeting + "\n\nНаправляем вам коммерческое предложение (во вложении).\n\n"
                + (seller.name() == null ? "" : seller.name());
        mail.deliver(event.delivery(), new MailDelivery.Letter(event.documentId(), "QUOTE", event.quoteId(), event.version(),
                event.recipientEmail(), "Коммерческое предложение" + (seller.name() == null ? "" : " от " + seller.name()),
                body, document.fileName(), document.pdf(), event.responsibleId(), open, event.sentAt()));
    }
}
