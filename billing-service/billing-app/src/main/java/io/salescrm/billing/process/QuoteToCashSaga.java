package io.salescrm.billing.process;

import io.salescrm.billing.api.invoice.CreateInvoiceCommand;
import io.salescrm.billing.api.invoice.InvoiceCancelledEvent;
import io.salescrm.billing.api.invoice.InvoiceCreatedEvent;
import io.salescrm.billing.api.invoice.InvoiceLineInput;
import io.salescrm.billing.api.invoice.InvoicePaidEvent;
import io.salescrm.billing.api.invoice.InvoiceSource;
import io.salescrm.billing.api.quote.QuoteAcceptedEvent;
import io.salescrm.billing.api.quote.QuoteLine;
import io.salescrm.platform.currency.ExchangeRates;
import io.salescrm.billing.invoice.requisites.InvoiceRequisites;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * The quote -> invoice -> payment process. A quote accepted with "create an invoice" drafts an invoice from the
 * accepted version (its lines priced as the quote priced them, VAT on top) and issues it as soon as it exists; the
 * process ends when the invoice is paid or cancelled. The invoice id is derived from the quote and version, so a
 * redelivered acceptance drafts nothing twice, and issuing an issued invoice is refused without effect.
 */
@Saga
@ProcessingGroup(QuoteToCashSaga.PROCESSING_GROUP)
public class QuoteToCashSaga {

    public static final String PROCESSING_GROUP = "quote-to-cash";
    static final int PAYMENT_TERM_DAYS = 14;
    private static final Logger log = LoggerFactory.getLogger(QuoteToCashSaga.class);

    private transient CommandGateway commandGateway;
    private transient ExchangeRates exchangeRates;
    private transient InvoiceRequisites requisites;

    private String quoteId;
    private String invoiceId;

    @Autowired
    public void setCommandGateway(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @Autowired
    public void setExchangeRates(ExchangeRates exchangeRates) {
        this.exchangeRates = exchangeRates;
    }

    @Autowired
    public void setRequisites(InvoiceRequisites requisites) {
        this.requisites = requisites;
    }

    @StartSaga
    @SagaEventHandler(associationProperty = "quoteId")
    public void on(QuoteAcceptedEvent event) {
        if (!event.createInvoice()) {
            SagaLifecycle.end();
            return;
        }
        quoteId = event.quoteId();
        invoiceId = invoiceIdFor(event.quoteId(), event.version());
        SagaLifecycle.associateWith("invoiceId", invoiceId);
        String currency = event.content().currency();
        List<InvoiceLineInput> lines = event.content().lines().stream().map(QuoteToCashSaga::line).toList();
        commandGateway.send(new CreateInvoiceCommand(invoiceId, InvoiceSource.QUOTE, event.quoteId(), event.dealId(),
                        event.companyId(), event.contactId(), event.responsibleId(), event.open(), currency,
                        exchangeRates.base(), exchangeRates.rateToBase(currency, "currency"), false, lines,
                        PAYMENT_TERM_DAYS, null))
                .exceptionally(failure -> logged("draft the invoice of quote " + quoteId, failure));
    }

    @SagaEventHandler(associationProperty = "invoiceId")
    public void on(InvoiceCreatedEvent event) {
        commandGateway.send(requisites.issue(event.invoiceId(), event.companyId(), event.contactId(), null))
                .exceptionally(failure -> logged("issue invoice " + event.invoiceId() + " of quote " + quoteId, failure));
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "invoiceId")
    public void on(InvoicePaidEvent event) {
        log.debug("quote {} paid by invoice {}", quoteId, event.number());
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "invoiceId")
    public void on(InvoiceCancelledEvent event) {
        log.debug("invoice {} of quote {} cancelled", event.number(), quoteId);
    }

    /** The invoice of a quote version: the same id however often the acceptance is delivered. */
    static String invoiceIdFor(String quoteId, int version) {
        return UUID.nameUUIDFromBytes(("invoice-of-quote:" + quoteId + ":" + version).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static InvoiceLineInput line(QuoteLine line) {
        return new InvoiceLineInput(line.productId(), line.name(), line.quantity(), line.unit(), line.unitPrice(),
                line.discountPercent(), null, line.vatRatePercent());
    }

    /** A refused step (e.g. a repeated one, or a payer billing does not know yet) leaves the invoice to be handled by hand. */
    private Object logged(String step, Throwable failure) {
        log.warn("quote-to-cash could not {}: {}", step, failure.getMessage());
        return null;
    }
}
