package io.salescrm.billing.invoice.command;

import io.salescrm.billing.api.invoice.CancelInvoiceCommand;
import io.salescrm.billing.api.invoice.CreateInvoiceCommand;
import io.salescrm.billing.api.invoice.InvoiceCancelledEvent;
import io.salescrm.billing.api.invoice.InvoiceCreatedEvent;
import io.salescrm.billing.api.invoice.InvoiceIssuedEvent;
import io.salescrm.billing.api.invoice.InvoiceOverdueEvent;
import io.salescrm.billing.api.invoice.InvoicePaidEvent;
import io.salescrm.billing.api.invoice.InvoiceSource;
import io.salescrm.billing.api.invoice.IssueInvoiceCommand;
import io.salescrm.billing.api.invoice.MarkInvoiceOverdueCommand;
import io.salescrm.billing.api.invoice.PartyRequisites;
import io.salescrm.billing.api.payment.PaymentRefundedEvent;
import io.salescrm.billing.api.payment.PaymentRegisteredEvent;
import io.salescrm.billing.api.payment.RefundPaymentCommand;
import io.salescrm.billing.api.payment.RegisterPaymentCommand;
import io.salescrm.billing.numbering.InvoiceNumbering;
import io.salescrm.platform.rules.ConflictException;
import io.salescrm.platform.rules.CurrencyCode;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.rules.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An invoice: drafted from a quote, a deal or by hand, issued with a gap-free number, paid in one or more payments
 * (never beyond its total), possibly refunded, overdue when its due date passes with a balance, cancelled only with
 * no money on it. Event-sourced; the payment rules are here because they need the invoice's balance.
 */
@Aggregate
public class Invoice {

    static final int MAX_ID_LENGTH = 64;
    static final int MAX_COMMENT_LENGTH = 2000;
    static final int MAX_REFERENCE_LENGTH = 200;
    static final int MAX_PAYMENT_TERM_DAYS = 365;
    static final int MAX_DUE_YEARS = 5;

    private enum Stage { DRAFT, ISSUED, CANCELLED }

    @AggregateIdentifier
    private String invoiceId;
    private Stage stage;
    private String number;
    private String dealId;
    private String companyId;
    private String contactId;
    private String responsibleId;
    private String currency;
    private String baseCurrency;
    private BigDecimal rateToBase;
    private BigDecimal total;
    private BigDecimal totalInBase;
    private int paymentTermDays;
    private LocalDate dueDate;
    private boolean overdue;
    private final InvoicePayments payments = new InvoicePayments();

    protected Invoice() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    public Invoice(CreateInvoiceCommand command) {
        requireId(command.invoiceId(), "invoiceId");
        requireSource(command);
        requireOptionalId(command.companyId(), "companyId");
        requireOptionalId(command.contactId(), "contactId");
        if (command.companyId() == null && command.contactId() == null) {
            throw new InvalidFieldException("companyId", "an invoice needs a payer: a company or a contact");
        }
        requireId(command.responsibleId(), "responsibleId");
        if (command.currency() == null || !CurrencyCode.Validator.isIso4217(command.currency())) {
            throw new InvalidFieldException("currency", "is not an ISO 4217 currency code");
        }
        if (command.rateToBase() == null || command.rateToBase().signum() <= 0) {
            throw new InvalidFieldException("currency", "has no usable exchange rate");
        }
        if (command.paymentTermDays() < 0 || command.paymentTermDays() > MAX_PAYMENT_TERM_DAYS) {
            throw new InvalidFieldException("paymentTermDays", "must be between 0 and " + MAX_PAYMENT_TERM_DAYS);
        }
        if (command.comment() != null && command.comment().length() > MAX_COMMENT_LENGTH) {
            throw new InvalidFieldException("comment", "must be at most " + MAX_COMMENT_LENGTH + " characters");
        }
        InvoicePricing pricing = InvoicePricing.of(command.lines(), command.currency(), command.vatIncluded());
        BigDecimal totalInBase = pricing.total().multiply(command.rateToBase())
                .setScale(InvoicePricing.minorUnits(command.baseCurrency()), RoundingMode.HALF_EVEN);
        apply(new InvoiceCreatedEvent(command.invoiceId(), command.source(), command.quoteId(), command.dealId(),
                command.companyId(), command.contactId(), command.responsibleId(), command.open(), command.currency(),
                command.baseCurrency(), command.rateToBase(), command.vatIncluded(), pricing.lines(), pricing.vatLines(), pricing.netTotal(),
                pricing.vatTotal(), pricing.total(), totalInBase, command.paymentTermDays(),
                command.comment() == null || command.comment().isBlank() ? null : command.comment().strip(), now()));
    }

    /** Gives the invoice the next number of the year; the numbering joins this command's transaction. */
    @CommandHandler
    public void handle(IssueInvoiceCommand command, InvoiceNumbering numbering) {
        if (stage == Stage.ISSUED) {
            throw new ConflictException("invoice-already-issued", "The invoice was already issued as number " + number + ".");
        }
        requireNotCancelled();
        requireRequisites(command.payer(), "payer");
        requireRequisites(command.seller(), "seller");
        LocalDate today = today();
        LocalDate due = command.dueDate() != null ? command.dueDate() : today.plusDays(paymentTermDays);
        if (due.isBefore(today)) {
            throw new InvalidFieldException("dueDate", "must not be before the issue date " + today);
        }
        if (due.isAfter(today.plusYears(MAX_DUE_YEARS))) {
            throw new InvalidFieldException("dueDate", "must be within " + MAX_DUE_YEARS + " years of the issue date");
        }
        apply(new InvoiceIssuedEvent(invoiceId, numbering.next(today.getYear()), today, due, command.payer(),
                command.seller(), dealId, companyId, contactId, responsibleId, currency, total, baseCurrency,
                rateToBase, totalInBase, now()));
    }

    /** True when the payment was registered, false when a payment with its id already was (nothing changes). */
    @CommandHandler
    public boolean handle(RegisterPaymentCommand command) {
        requireId(command.paymentId(), "paymentId");
        if (payments.hasPayment(command.paymentId())) {
            return false;
        }
        requireIssued("register a payment");
        requireAmount(command.amount(), "amount");
        if (command.paidOn() == null) {
            throw new InvalidFieldException("paidOn", "must not be null");
        }
        if (command.paidOn().isAfter(today())) {
            throw new InvalidFieldException("paidOn", "must not be in the future");
        }
        if (command.method() == null) {
            throw new InvalidFieldException("method", "must not be null");
        }
        requireReference(command.reference());
        if (command.statementLineKey() != null && command.statementLineKey().length() > MAX_ID_LENGTH) {
            throw new InvalidFieldException("statementLineKey", "must be at most " + MAX_ID_LENGTH + " characters");
        }
        BigDecimal balance = balance();
        if (command.amount().compareTo(balance) > 0) {
            throw new RuleViolationException("overpayment", "The payment of " + command.amount() + " " + currency
                    + " exceeds the outstanding balance of " + balance + " " + currency + " of invoice " + number + ".");
        }
        BigDecimal paidTotal = payments.paidTotal().add(command.amount());
        Instant now = now();
        apply(new PaymentRegisteredEvent(invoiceId, command.paymentId(), command.amount(), currency, command.paidOn(),
                command.method(), blankToNull(command.reference()), command.statementLineKey(), paidTotal,
                total.subtract(paidTotal), now));
        if (paidTotal.compareTo(total) == 0) {
            apply(new InvoicePaidEvent(invoiceId, number, dealId, companyId, responsibleId, currency, total, baseCurrency,
                    rateToBase, totalInBase, now));
        }
        return true;
    }

    @CommandHandler
    public void handle(RefundPaymentCommand command) {
        requireId(command.refundId(), "refundId");
        if (payments.hasRefund(command.refundId())) {
            return;
        }
        requireId(command.paymentId(), "paymentId");
        if (!payments.hasPayment(command.paymentId())) {
            throw new InvalidFieldException("paymentId", "is not a payment of this invoice");
        }
        requireAmount(command.amount(), "amount");
        if (command.refundedOn() == null || command.refundedOn().isAfter(today())) {
            throw new InvalidFieldException("refundedOn", "must be given and not in the future");
        }
        requireReference(command.reference());
        BigDecimal refundable = payments.remainingOf(command.paymentId());
        if (command.amount().compareTo(refundable) > 0) {
            throw new RuleViolationException("refund-exceeds-payment", "The refund of " + command.amount() + " "
                    + currency + " exceeds the " + refundable + " " + currency + " left of payment " + command.paymentId() + ".");
        }
        BigDecimal paidTotal = payments.paidTotal().subtract(command.amount());
        apply(new PaymentRefundedEvent(invoiceId, command.refundId(), command.paymentId(), command.amount(), currency,
                command.refundedOn(), blankToNull(command.reference()), paidTotal, total.subtract(paidTotal), now()));
    }

    /** Idempotent: an invoice is recorded overdue once, and only while issued with a balance past its due date. */
    @CommandHandler
    public boolean handle(MarkInvoiceOverdueCommand command) {
        if (command.today() == null) {
            throw new InvalidFieldException("today", "must not be null");
        }
        if (stage != Stage.ISSUED || overdue || balance().signum() == 0 || !dueDate.isBefore(command.today())) {
            return false;
        }
        apply(new InvoiceOverdueEvent(invoiceId, number, dealId, responsibleId, dueDate, balance(), currency, now()));
        return true;
    }

    @CommandHandler
    public void handle(CancelInvoiceCommand command) {
        if (stage == Stage.CANCELLED) {
            return;
        }
        if (command.reason() != null && command.reason().length() > MAX_COMMENT_LENGTH) {
            throw new InvalidFieldException("reason", "must be at most " + MAX_COMMENT_LENGTH + " characters");
        }
        if (payments.paidTotal().signum() != 0) {
            throw new RuleViolationException("refund-first", "Invoice " + number + " has " + payments.paidTotal() + " "
                    + currency + " of payments on it: refund them before cancelling.");
        }
        apply(new InvoiceCancelledEvent(invoiceId, number, dealId, blankToNull(command.reason()), now()));
    }

    @EventSourcingHandler
    void on(InvoiceCreatedEvent event) {
        invoiceId = event.invoiceId();
        stage = Stage.DRAFT;
        dealId = event.dealId();
        companyId = event.companyId();
        contactId = event.contactId();
        responsibleId = event.responsibleId();
        currency = event.currency();
        baseCurrency = event.baseCurrency();
        rateToBase = event.rateToBase();
        total = event.total();
        totalInBase = event.totalInBase();
        paymentTermDays = event.paymentTermDays();
    }

    @EventSourcingHandler
    void on(InvoiceIssuedEvent event) {
        stage = Stage.ISSUED;
        number = event.number();
        dueDate = event.dueDate();
    }

    @EventSourcingHandler
    void on(PaymentRegisteredEvent event) {
        payments.paid(event.paymentId(), event.amount());
    }

    @EventSourcingHandler
    void on(PaymentRefundedEvent event) {
        payments.refunded(event.refundId(), event.paymentId(), event.amount());
    }

    @EventSourcingHandler
    void on(InvoiceOverdueEvent event) {
        overdue = true;
    }

    @EventSourcingHandler
    void on(InvoiceCancelledEvent event) {
        stage = Stage.CANCELLED;
    }

    private BigDecimal balance() {
        return total.subtract(payments.paidTotal());
    }

    private void requireIssued(String action) {
        requireNotCancelled();
        if (stage == Stage.DRAFT) {
            throw new RuleViolationException("invoice-not-issued", "A draft invoice must be issued before you can " + action + ".");
        }
    }

    private void requireNotCancelled() {
        if (stage == Stage.CANCELLED) {
            throw new RuleViolationException("invoice-cancelled", "The invoice is cancelled.");
        }
    }

    private void requireAmount(BigDecimal amount, String field) {
        int minorUnits = InvoicePricing.minorUnits(currency);
        if (amount == null || amount.signum() <= 0 || amount.scale() > minorUnits) {
            throw new InvalidFieldException(field, "must be above 0 with at most " + minorUnits + " decimals");
        }
    }

    private static void requireSource(CreateInvoiceCommand command) {
        if (command.source() == null) {
            throw new InvalidFieldException("source", "must not be null");
        }
        if (command.source() == InvoiceSource.QUOTE) {
            requireId(command.quoteId(), "quoteId");
        }
        if (command.source() == InvoiceSource.DEAL) {
            requireId(command.dealId(), "dealId");
        }
        requireOptionalId(command.dealId(), "dealId");
    }

    private static void requireRequisites(PartyRequisites requisites, String field) {
        if (requisites == null || requisites.name() == null || requisites.name().isBlank()) {
            throw new InvalidFieldException(field, "requisites must name the party");
        }
    }

    private static void requireReference(String reference) {
        if (reference != null && reference.length() > MAX_REFERENCE_LENGTH) {
            throw new InvalidFieldException("reference", "must be at most " + MAX_REFERENCE_LENGTH + " characters");
        }
    }

    private static void requireId(String id, String field) {
        if (id == null || id.isBlank()) {
            throw new InvalidFieldException(field, "must not be blank");
        }
        requireOptionalId(id, field);
    }

    private static void requireOptionalId(String id, String field) {
        if (id != null && (id.isBlank() || id.length() > MAX_ID_LENGTH)) {
            throw new InvalidFieldException(field, "must be 1 to " + MAX_ID_LENGTH + " characters");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Instant now() {
        return GenericEventMessage.clock.instant();
    }

    private static LocalDate today() {
        return LocalDate.ofInstant(now(), ZoneOffset.UTC);
    }
}
