package io.salescrm.billing.statement;

import io.salescrm.billing.api.payment.PaymentMethod;
import io.salescrm.billing.api.payment.RegisterPaymentCommand;
import io.salescrm.billing.invoice.query.InvoiceView;
import io.salescrm.billing.invoice.query.InvoiceViewRepository;
import io.salescrm.platform.access.AccessScope;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.rules.RuleViolationException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.salescrm.billing.statement.StatementLineOutcome.Outcome.ALREADY_REGISTERED;
import static io.salescrm.billing.statement.StatementLineOutcome.Outcome.INVALID;
import static io.salescrm.billing.statement.StatementLineOutcome.Outcome.REGISTERED;
import static io.salescrm.billing.statement.StatementLineOutcome.Outcome.UNMATCHED;

/**
 * Matches bank statement lines to invoices and registers them as payments. Matching rule: the purpose text (or
 * else the reference) names exactly one invoice number ({@code 2026-000123}); the invoice is issued, inside the
 * importer's INVOICE WRITE rights, in the line's currency (when the statement has one), and the amount is at most
 * its outstanding balance: a smaller amount is a partial payment, a larger one is left unmatched (the invoice itself
 * refuses overpayments). Each line's payment id is its key, so the invoice ignores a line it already has and
 * importing a statement again registers nothing twice.
 */
@Component
public class BankStatementImport {

    static final Pattern INVOICE_NUMBER = Pattern.compile("(?<![0-9])([0-9]{4}-[0-9]{6,9})(?![0-9])");

    private final InvoiceViewRepository invoices;
    private final CommandGateway commandGateway;

    public BankStatementImport(InvoiceViewRepository invoices, CommandGateway commandGateway) {
        this.invoices = invoices;
        this.commandGateway = commandGateway;
    }

    public StatementImportReport importStatement(BufferedReader csv, AccessScope writable) throws IOException {
        List<StatementLineOutcome> outcomes = new ArrayList<>();
        StatementCsv.read(csv, line -> outcomes.add(register(line, writable)), outcomes::add);
        List<StatementLineOutcome> notRegistered = outcomes.stream().filter(o -> o.outcome() != REGISTERED).toList();
        return new StatementImportReport(outcomes.size(), count(outcomes, REGISTERED), count(outcomes, ALREADY_REGISTERED),
                count(outcomes, UNMATCHED), count(outcomes, INVALID), notRegistered);
    }

    private StatementLineOutcome register(StatementLine line, AccessScope writable) {
        if (line.amount().signum() <= 0) {
            return unmatched(line, null, "not an incoming payment (amount " + line.amount() + ")");
        }
        Set<String> numbers = numbers(line.purpose());
        if (numbers.isEmpty()) {
            numbers = numbers(line.reference());
        }
        if (numbers.isEmpty()) {
            return unmatched(line, null, "no invoice number in the purpose or reference");
        }
        if (numbers.size() > 1) {
            return unmatched(line, null, "several invoice numbers " + numbers + ": register the payments by hand");
        }
        String number = numbers.iterator().next();
        Optional<InvoiceView> found = invoices.findByNumber(number);
        if (found.isEmpty()) {
            return unmatched(line, null, "no invoice with number " + number);
        }
        InvoiceView invoice = found.get();
        if (!writable.covers(invoice.responsibleId(), invoice.open())) {
            return unmatched(line, invoice, "invoice " + number + " is outside your rights");
        }
        if (line.currency() != null && !line.currency().equals(invoice.currency())) {
            return unmatched(line, invoice, "the line is in " + line.currency() + ", invoice " + number + " in "
                    + invoice.currency());
        }
        try {
            boolean registered = Boolean.TRUE.equals(commandGateway.sendAndWait(new RegisterPaymentCommand(
                    invoice.id(), line.key(), line.amount(), line.date(), PaymentMethod.BANK_TRANSFER,
                    reference(line), line.key())));
            return new StatementLineOutcome(line.row(), line.key(), registered ? REGISTERED : ALREADY_REGISTERED,
                    line.amount(), invoice.id(), number, line.key(), null);
        } catch (RuleViolationException | InvalidFieldException refused) {
            return unmatched(line, invoice, refused.getMessage());
        }
    }

    private static Set<String> numbers(String text) {
        Set<String> numbers = new LinkedHashSet<>();
        Matcher matcher = INVOICE_NUMBER.matcher(text == null ? "" : text);
        while (matcher.find()) {
            numbers.add(matcher.group(1));
        }
        return numbers;
    }

    /** The bank's reference, else the payer's name, as the payment's reference (at most 200 characters). */
    private static String reference(StatementLine line) {
        String reference = line.reference().isBlank() ? line.payer() : line.reference() + " " + line.payer();
        return reference.length() > 200 ? reference.substring(0, 200) : reference.strip();
    }

    private static StatementLineOutcome unmatched(StatementLine line, InvoiceView invoice, String reason) {
        return new StatementLineOutcome(line.row(), line.key(), UNMATCHED, line.amount(),
                invoice == null ? null : invoice.id(), invoice == null ? null : invoice.number(), null, reason);
    }

    private static int count(List<StatementLineOutcome> outcomes, StatementLineOutcome.Outcome outcome) {
        return (int) outcomes.stream().filter(o -> o.outcome() == outcome).count();
    }
}
