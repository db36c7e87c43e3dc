package io.salescrm.billing.quote.command;

import io.salescrm.billing.api.quote.AcceptQuoteCommand;
import io.salescrm.billing.api.quote.CreateQuoteCommand;
import io.salescrm.billing.api.quote.DeclineQuoteCommand;
import io.salescrm.billing.api.quote.ExpireQuoteCommand;
import io.salescrm.billing.api.quote.QuoteAcceptedEvent;
import io.salescrm.billing.api.quote.QuoteContent;
import io.salescrm.billing.api.quote.QuoteCreatedEvent;
import io.salescrm.billing.api.quote.QuoteDeclinedEvent;
import io.salescrm.billing.api.quote.QuoteExpiredEvent;
import io.salescrm.billing.api.quote.QuoteRevisedEvent;
import io.salescrm.billing.api.quote.QuoteSentEvent;
import io.salescrm.billing.api.quote.QuoteStatus;
import io.salescrm.billing.api.quote.ReviseQuoteCommand;
import io.salescrm.billing.api.quote.SendQuoteCommand;
import io.salescrm.platform.rules.ConflictException;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.rules.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.time.ZoneOffset;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A commercial offer (quote) with versions. Each revision is a new version and a draft again; only the latest
 * version can be sent or accepted (a stale version is a 409). A quote cannot be sent while placeholders of its texts
 * remain unfilled, nor after its validity date; accepting needs a sent quote. Accepted, declined and expired quotes
 * are closed. Expiry is idempotent: asked again, or for a quote still valid or closed, it does nothing.
 */
@Aggregate
public class Quote {

    @AggregateIdentifier
    private String quoteId;
    private String dealId;
    private String companyId;
    private String contactId;
    private String responsibleId;
    private boolean open;
    private int version;
    private QuoteStatus status;
    private QuoteContent content;

    protected Quote() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    public Quote(CreateQuoteCommand command) {
        if (command.dealId() == null && command.companyId() == null && command.contactId() == null) {
            throw new InvalidFieldException("dealId", "a quote needs a deal, a company or a contact");
        }
        if (command.responsibleId() == null || command.responsibleId().isBlank()) {
            throw new InvalidFieldException("responsibleId", "must not be blank");
        }
        requireLines(command.content());
        apply(new QuoteCreatedEvent(command.quoteId(), command.dealId(), command.companyId(), command.contactId(),
                command.responsibleId(), command.open(), command.content(), Instant.now()));
    }

    @CommandHandler
    public void handle(ReviseQuoteCommand command) {
        requireNotClosed();
        requireLatest(command.baseVersion());
        requireLines(command.content());
        apply(new QuoteRevisedEvent(quoteId, version + 1, command.content(), Instant.now()));
    }

    @CommandHandler
    public void handle(SendQuoteCommand command) {
        requireNotClosed();
        requireLatest(command.version());
        if (status == QuoteStatus.SENT) {
            throw new RuleViolationException("quote-already-sent", "Version " + version + " was sent already; revise it to send again.");
        }
        requireSendable(command.sentAt());
        apply(new QuoteSentEvent(quoteId, version, dealId, companyId, contactId, responsibleId, command.recipientEmail(),
                command.delivery(), command.documentId(), content.totals().gross(), content.currency(), command.sentAt()));
    }

    private void requireSendable(Instant at) {
        if (!content.unfilledPlaceholders().isEmpty()) {
            throw new RuleViolationException("quote-unfilled-placeholders",
                    "Fill these placeholders before sending: " + String.join(", ", content.unfilledPlaceholders()) + ".");
        }
        if (at.atZone(ZoneOffset.UTC).toLocalDate().isAfter(content.validUntil())) {
            throw new RuleViolationException("quote-validity-passed",
                    "The quote was valid until " + content.validUntil() + "; revise it with a new validity date.");
        }
    }

    @CommandHandler
    public void handle(AcceptQuoteCommand command) {
        requireNotClosed();
        requireLatest(command.version());
        if (status != QuoteStatus.SENT) {
            throw new RuleViolationException("quote-not-sent", "Only a sent quote can be accepted.");
        }
        apply(new QuoteAcceptedEvent(quoteId, version, dealId, companyId, contactId, responsibleId, open, content,
                command.createInvoice(), command.acceptedAt()));
    }

    @CommandHandler
    public void handle(DeclineQuoteCommand command) {
        requireNotClosed();
        apply(new QuoteDeclinedEvent(quoteId, version, dealId, command.reason(), command.declinedAt()));
    }

    @CommandHandler
    public void handle(ExpireQuoteCommand command) {
        if (status.closed() || !command.today().isAfter(content.validUntil())) {
            return;
        }
        apply(new QuoteExpiredEvent(quoteId, version, dealId, content.validUntil(), command.expiredAt()));
    }

    private void requireNotClosed() {
        if (status.closed()) {
            throw new RuleViolationException("quote-closed", "The quote is " + status.name().toLowerCase() + "; nothing changes it any more.");
        }
    }

    private void requireLatest(int requestedVersion) {
        if (requestedVersion != version) {
            throw new ConflictException("quote-version-stale",
                    "Version " + requestedVersion + " is not the latest; the latest is " + version + ".");
        }
    }

    private static void requireLines(QuoteContent content) {
        if (content == null || content.lines().isEmpty()) {
            throw new InvalidFieldException("lines", "a quote needs at least one line");
        }
    }

    @EventSourcingHandler
    void on(QuoteCreatedEvent event) {
        quoteId = event.quoteId();
        dealId = event.dealId();
        companyId = event.companyId();
        contactId = event.contactId();
        responsibleId = event.responsibleId();
        open = event.open();
        version = 1;
        status = QuoteStatus.DRAFT;
        content = event.content();
    }

    @EventSourcingHandler
    void on(QuoteRevisedEvent event) {
        version = event.version();
        status = QuoteStatus.DRAFT;
        content = event.content();
    }

    @EventSourcingHandler
    void on(QuoteSentEvent event) {
        status = QuoteStatus.SENT;
    }

    @EventSourcingHandler
    void on(QuoteAcceptedEvent event) {
        status = QuoteStatus.ACCEPTED;
    }

    @EventSourcingHandler
    void on(QuoteDeclinedEvent event) {
        status = QuoteStatus.DECLINED;
    }

    @EventSourcingHandler
    void on(QuoteExpiredEvent event) {
        status = QuoteStatus.EXPIRED;
    }
}
