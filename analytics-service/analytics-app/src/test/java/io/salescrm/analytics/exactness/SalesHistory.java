package io.salescrm.analytics.exactness;

import io.salescrm.billing.api.BillingTopic;
import io.salescrm.billing.api.invoice.InvoiceCancelledEvent;
import io.salescrm.billing.api.invoice.InvoiceCreatedEvent;
import io.salescrm.billing.api.invoice.InvoiceIssuedEvent;
import io.salescrm.billing.api.invoice.InvoiceOverdueEvent;
import io.salescrm.billing.api.invoice.InvoicePaidEvent;
import io.salescrm.billing.api.invoice.InvoiceSource;
import io.salescrm.billing.api.payment.PaymentMethod;
import io.salescrm.billing.api.payment.PaymentRefundedEvent;
import io.salescrm.billing.api.payment.PaymentRegisteredEvent;
import io.salescrm.pipeline.api.PipelineTopic;
import io.salescrm.pipeline.api.deal.DealCreatedEvent;
import io.salescrm.pipeline.api.deal.DealDetailsChangedEvent;
import io.salescrm.pipeline.api.deal.DealLostEvent;
import io.salescrm.pipeline.api.deal.DealMovedToPipelineEvent;
import io.salescrm.pipeline.api.deal.DealMovedToStageEvent;
import io.salescrm.pipeline.api.deal.DealProductRowsSetEvent;
import io.salescrm.pipeline.api.deal.DealReassignedEvent;
import io.salescrm.pipeline.api.deal.DealReopenedEvent;
import io.salescrm.pipeline.api.deal.DealWonEvent;
import io.salescrm.pipeline.api.lead.LeadConvertedEvent;
import io.salescrm.pipeline.api.lead.LeadCreatedEvent;
import io.salescrm.pipeline.api.lead.LeadDetails;
import io.salescrm.pipeline.api.lead.LeadSource;
import io.salescrm.pipeline.api.pipeline.PipelineCreatedEvent;
import io.salescrm.pipeline.api.pipeline.PipelineRenamedEvent;
import io.salescrm.pipeline.api.pipeline.PipelineStage;
import io.salescrm.pipeline.api.pipeline.StageAddedEvent;
import io.salescrm.pipeline.api.pipeline.StageChangedEvent;
import io.salescrm.pipeline.api.pipeline.StageRemovedEvent;
import io.salescrm.pipeline.api.pipeline.StageSemantics;
import io.salescrm.pipeline.api.pipeline.StagesReorderedEvent;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A random but reproducible history (fixed seed) of deals and leads and of the pipelines' stage definitions (stages
 * added, changed, reordered, removed), as the pipeline service would publish them, and of invoices with payments,
 * refunds, overdue marks and cancellations, as billing would; with the ground truth of every deal, lead, pipeline
 * and invoice kept while generating it: the test's figures are computed from this truth, never from analytics' own
 * code. The pipelines' events are spread at random among the deals' (before, between and after them).
 */
final class SalesHistory {

    static final String RUB = "RUB";
    /** "review" is a stage of the first pipeline only (until it may be removed): moves into it elsewhere are unknown. */
    static final List<String> IN_PROGRESS = List.of("new", "talk", "offer", "review");
    static final String WON_STAGE = "won";
    static final String LOST_STAGE = "lost";
    private static final Map<String, BigDecimal> RATES = Map.of(
            "RUB", BigDecimal.ONE, "USD", new BigDecimal("92.3456"), "EUR", new BigDecimal("100.1234"));
    private static final List<String> CURRENCIES = List.of("RUB", "USD", "EUR");
    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    record Published(String topic, String aggregateType, String aggregateId, long sequence, Object payload) {
    }

    /** A closing or creation fact as the truth knows it. */
    record Fact(Instant at, String responsibleId, String pipelineId, String source, String outcome, BigDecimal amountInBase) {
    }

    /** {@code fromStageId}: the stage of the same pipeline the deal came from (null first and after a pipeline move). */
    record Stay(String pipelineId, String stageId, String fromStageId, Instant enteredAt, Instant leftAt) {
    }

    /** The deal's base amount from {@code at} on. */
    record Amount(Instant at, BigDecimal inBase) {
    }

    static final class Deal {
        final String id;
        long sequence;
        Fact created;
        Fact closed;
        String status = "OPEN";
        String pipelineId;
        String stageId;
        String responsibleId;
        String source;
        BigDecimal amountInBase;
        String currency;
        BigDecimal amount;
        final List<Stay> stays = new ArrayList<>();
        final List<Amount> amounts = new ArrayList<>();

        Deal(String id) {
            this.id = id;
        }
    }

    /** An invoice as billing ends it: issued (issueDate not null) or a draft, its balance, overdue and cancelled marks. */
    static final class Invoice {
        final String id;
        final String responsibleId;
        final String currency;
        final BigDecimal rate;
        final BigDecimal total;
        final BigDecimal totalInBase;
        long sequence;
        LocalDate issueDate;
        BigDecimal balance;
        boolean overdue;
        boolean cancelled;
        /** Per payment id, what of it has not been refunded. */
        final Map<String, BigDecimal> refundable = new HashMap<>();

        Invoice(String id, String responsibleId, String currency, BigDecimal rate, BigDecimal total, BigDecimal totalInBase) {
            this.id = id;
            this.responsibleId = responsibleId;
            this.currency = currency;
            this.rate = rate;
            this.total = total;
            this.totalInBase = totalInBase;
            this.balance = total;
        }
    }

    record Lead(String id, String source, Instant createdAt, String responsibleId, boolean convertedToDeal) {
    }

    final List<Published> published = new ArrayList<>();
    final List<Deal> deals = new ArrayList<>();
    final List<Lead> leads = new ArrayList<>();
    final List<Invoice> invoices = new ArrayList<>();
    /** Each pipeline's stages in board order as its last definition event leaves them. */
    final Map<String, List<PipelineStage>> stageOrders = new HashMap<>();
    private final Random random;
    private final List<String> managers;
    private final List<String> pipelines;

    private SalesHistory(long seed, List<String> managers, List<String> pipelines) {
        this.random = new Random(seed);
        this.managers = managers;
        this.pipelines = pipelines;
    }

    static SalesHistory generate(long seed, List<String> managers, List<String> pipelines, String prefix, int dealCount,
                                 int leadCount, int invoiceCount) {
        SalesHistory history = new SalesHistory(seed, managers, pipelines);
        for (int i = 0; i < dealCount; i++) {
            history.deal(prefix + "-deal-" + i);
        }
        for (int i = 0; i < leadCount; i++) {
            history.lead(prefix + "-lead-" + i);
        }
        for (int i = 0; i < invoiceCount; i++) {
            history.invoice(prefix + "-invoice-" + i);
        }
        for (int i = 0; i < pipelines.size(); i++) {
            history.define(pipelines.get(i), i == 0);
        }
        return history;
    }

    /**
     * The pipeline's definition: created with the deals' stages ("review" only in the first pipeline), then a dozen
     * random reorders, added, changed and removed stages and renames, inserted at random places of the history in
     * their own order (the topic keeps one pipeline's events in order, not their order relative to the deals').
     */
    private void define(String pipelineId, boolean withReview) {
        List<PipelineStage> stages = new ArrayList<>();
        for (String stageId : IN_PROGRESS) {
            if (withReview || !stageId.equals("review")) {
                stages.add(stage(stageId, StageSemantics.IN_PROGRESS, "Stage " + stageId));
            }
        }
        stages.add(stage(WON_STAGE, StageSemantics.WON, "Won"));
        stages.add(stage(LOST_STAGE, StageSemantics.LOST, "Lost"));
        List<Object> events = new ArrayList<>();
        events.add(new PipelineCreatedEvent(pipelineId, "Pipeline " + pipelineId, List.copyOf(stages), false, false,
                START.minus(Duration.ofDays(1))));
        for (int i = 0; i < 12; i++) {
            int choice = random.nextInt(6);
            if (choice < 2) {
                Collections.shuffle(stages, random);
                events.add(new StagesReorderedEvent(pipelineId, stages.stream().map(PipelineStage::stageId).toList()));
            } else if (choice == 2) {
                PipelineStage added = stage("extra-" + i, StageSemantics.IN_PROGRESS, "Extra " + i);
                int position = random.nextInt(stages.size() + 1);
                stages.add(position, added);
                events.add(new StageAddedEvent(pipelineId, added, position));
            } else if (choice == 3) {
                int index = random.nextInt(stages.size());
                PipelineStage current = stages.get(index);
                PipelineStage changed = stage(current.stageId(), current.semantics(), "Renamed " + i);
                stages.set(index, changed);
                events.add(new StageChangedEvent(pipelineId, changed));
            } else if (choice == 4) {
                List<PipelineStage> removable = stages.stream()
                        .filter(s -> s.semantics() == StageSemantics.IN_PROGRESS && !s.stageId().equals(IN_PROGRESS.get(0))).toList();
                if (!removable.isEmpty()) {
                    PipelineStage removed = pick(removable);
                    stages.remove(removed);
                    events.add(new StageRemovedEvent(pipelineId, removed.stageId(), null));
                }
            } else {
                events.add(new PipelineRenamedEvent(pipelineId, "Pipeline " + i));
            }
        }
        stageOrders.put(pipelineId, List.copyOf(stages));
        List<Integer> positions = random.ints(events.size(), 0, published.size() + 1).sorted().boxed().toList();
        for (int sequence = events.size() - 1; sequence >= 0; sequence--) {
            published.add(positions.get(sequence), new Published(PipelineTopic.NAME, "Pipeline", pipelineId, sequence, events.get(sequence)));
        }
    }

    private static PipelineStage stage(String stageId, StageSemantics semantics, String name) {
        return new PipelineStage(stageId, name, semantics, semantics == StageSemantics.WON ? 100 : 10, "#336699", List.of());
    }

    private void deal(String id) {
        Deal deal = new Deal(id);
        Instant at = START.plusSeconds(random.nextInt(180 * 24 * 3600));
        deal.pipelineId = pick(pipelines);
        deal.stageId = IN_PROGRESS.get(0);
        deal.responsibleId = pick(managers);
        deal.source = random.nextInt(5) == 0 ? null : pick(List.of(LeadSource.values())).name();
        deal.currency = pick(CURRENCIES);
        deal.amount = BigDecimal.valueOf(100 + random.nextInt(1_000_000), 2);
        deal.amountInBase = inBase(deal.amount, deal.currency);
        deal.created = new Fact(at, deal.responsibleId, deal.pipelineId, deal.source, "OPEN", deal.amountInBase);
        deal.stays.add(new Stay(deal.pipelineId, deal.stageId, null, at, null));
        deal.amounts.add(new Amount(at, deal.amountInBase));
        deals.add(deal);
        publish(deal, new DealCreatedEvent(id, "Deal " + id, deal.amount, deal.currency, RUB, RATES.get(deal.currency),
                deal.amountInBase, at, deal.responsibleId, false, deal.pipelineId, deal.stageId, 10, null, null, null,
                null, null, null, deal.source == null ? null : LeadSource.valueOf(deal.source), null, null));
        int steps = random.nextInt(9);
        for (int step = 0; step < steps; step++) {
            at = at.plus(Duration.ofSeconds(600 + random.nextInt(72 * 3600)));
            if (deal.status.equals("OPEN")) {
                openStep(deal, at);
            } else if (random.nextBoolean()) {
                reopen(deal, at);
            }
        }
    }

    private void openStep(Deal deal, Instant at) {
        int choice = random.nextInt(12);
        if (choice < 3) {
            String to = pick(IN_PROGRESS.stream().filter(s -> !s.equals(deal.stageId)).toList());
            move(deal, to, StageSemantics.IN_PROGRESS, at);
        } else if (choice == 3) {
            String to = pick(managers.stream().filter(m -> !m.equals(deal.responsibleId)).toList());
            publish(deal, new DealReassignedEvent(deal.id, deal.responsibleId, to, at));
            deal.responsibleId = to;
        } else if (choice == 4 || choice == 6) {
            if (choice == 4) {
                newAmount(deal, at);
            }
            publish(deal, new DealDetailsChangedEvent(deal.id, "Deal " + deal.id, deal.amount, deal.currency, RUB,
                    RATES.get(deal.currency), deal.amountInBase, 10, null, null,
                    deal.source == null ? null : LeadSource.valueOf(deal.source), null, null, false, at));
        } else if (choice == 5) {
            newAmount(deal, at);
            publish(deal, new DealProductRowsSetEvent(deal.id, List.of(), deal.amount, deal.currency, RUB,
                    RATES.get(deal.currency), deal.amountInBase, at));
        } else if (choice == 7) {
            String to = pick(pipelines.stream().filter(p -> !p.equals(deal.pipelineId)).toList());
            publish(deal, new DealMovedToPipelineEvent(deal.id, deal.pipelineId, deal.stageId, to, IN_PROGRESS.get(0), 10, at));
            enter(deal, to, IN_PROGRESS.get(0), at);
        } else if (choice < 10) {
            move(deal, WON_STAGE, StageSemantics.WON, at);
            publish(deal, new DealWonEvent(deal.id, deal.pipelineId, WON_STAGE, deal.amount, deal.currency, RUB,
                    RATES.get(deal.currency), deal.amountInBase, deal.responsibleId, at));
            close(deal, "WON", at);
        } else {
            move(deal, LOST_STAGE, StageSemantics.LOST, at);
            publish(deal, new DealLostEvent(deal.id, deal.pipelineId, LOST_STAGE, "price", deal.amount, deal.currency,
                    RUB, RATES.get(deal.currency), deal.amountInBase, deal.responsibleId, at));
            close(deal, "LOST", at);
        }
    }

    private void newAmount(Deal deal, Instant at) {
        deal.currency = pick(CURRENCIES);
        deal.amount = BigDecimal.valueOf(100 + random.nextInt(1_000_000), 2);
        deal.amountInBase = inBase(deal.amount, deal.currency);
        deal.amounts.add(new Amount(at, deal.amountInBase));
    }

    private void reopen(Deal deal, Instant at) {
        String from = deal.stageId;
        publish(deal, new DealReopenedEvent(deal.id, deal.pipelineId, from, IN_PROGRESS.get(0), at));
        move(deal, IN_PROGRESS.get(0), StageSemantics.IN_PROGRESS, at);
        deal.status = "OPEN";
        deal.closed = null;
    }

    private void close(Deal deal, String outcome, Instant at) {
        deal.status = outcome;
        deal.closed = new Fact(at, deal.responsibleId, deal.pipelineId, deal.source, outcome, deal.amountInBase);
    }

    private void move(Deal deal, String to, StageSemantics toSemantics, Instant at) {
        StageSemantics fromSemantics = deal.stageId.equals(WON_STAGE) ? StageSemantics.WON
                : deal.stageId.equals(LOST_STAGE) ? StageSemantics.LOST : StageSemantics.IN_PROGRESS;
        publish(deal, new DealMovedToStageEvent(deal.id, deal.pipelineId, deal.stageId, fromSemantics, to, toSemantics, 50, null, at));
        enter(deal, deal.pipelineId, to, at);
    }

    private void enter(Deal deal, String pipelineId, String stageId, Instant at) {
        String fromStageId = pipelineId.equals(deal.pipelineId) ? deal.stageId : null;
        Stay last = deal.stays.remove(deal.stays.size() - 1);
        deal.stays.add(new Stay(last.pipelineId(), last.stageId(), last.fromStageId(), last.enteredAt(), at));
        deal.stays.add(new Stay(pipelineId, stageId, fromStageId, at, null));
        deal.pipelineId = pipelineId;
        deal.stageId = stageId;
    }

    private void lead(String id) {
        Instant at = START.plusSeconds(random.nextInt(180 * 24 * 3600));
        LeadSource source = pick(List.of(LeadSource.values()));
        String responsible = pick(managers);
        boolean converted = random.nextInt(3) == 0;
        published.add(new Published(PipelineTopic.NAME, "Lead", id, 0, new LeadCreatedEvent(id, pipelines.get(0),
                LeadDetails.titled("Lead " + id, source), responsible, false, at)));
        if (converted) {
            published.add(new Published(PipelineTopic.NAME, "Lead", id, 1, new LeadConvertedEvent(id, pick(deals).id, null, null,
                    at.plus(Duration.ofHours(1 + random.nextInt(100))))));
        }
        leads.add(new Lead(id, source.name(), at, responsible, converted));
    }

    /**
     * An invoice drafted in some currency; most are issued, then paid in parts, refunded, marked overdue (once, with a
     * balance) or cancelled (only with nothing paid), as billing allows; some stay drafts or are cancelled as drafts.
     */
    private void invoice(String id) {
        Instant at = START.plusSeconds(random.nextInt(180 * 24 * 3600));
        String currency = pick(CURRENCIES);
        BigDecimal total = BigDecimal.valueOf(1000 + random.nextInt(5_000_000), 2);
        Invoice invoice = new Invoice(id, pick(managers), currency, RATES.get(currency), total, inBase(total, currency));
        invoices.add(invoice);
        publish(invoice, new InvoiceCreatedEvent(id, InvoiceSource.MANUAL, null, null, null, null, invoice.responsibleId,
                false, currency, RUB, invoice.rate, false, List.of(), List.of(), total, BigDecimal.ZERO, total,
                invoice.totalInBase, 14, null, at));
        int kind = random.nextInt(10);
        if (kind == 0) {
            return;
        }
        if (kind == 1) {
            publish(invoice, new InvoiceCancelledEvent(id, null, null, "draft dropped", at.plusSeconds(60)));
            invoice.cancelled = true;
            return;
        }
        at = at.plus(Duration.ofMinutes(1 + random.nextInt(3000)));
        invoice.issueDate = at.atOffset(ZoneOffset.UTC).toLocalDate();
        String number = "2026-" + id;
        publish(invoice, new InvoiceIssuedEvent(id, number, invoice.issueDate, invoice.issueDate.plusDays(14), null, null,
                null, null, null, invoice.responsibleId, currency, total, RUB, invoice.rate, invoice.totalInBase, at));
        int steps = random.nextInt(7);
        for (int step = 0; step < steps && !invoice.cancelled; step++) {
            at = at.plus(Duration.ofHours(1 + random.nextInt(200)));
            int choice = random.nextInt(10);
            if (choice < 5 && invoice.balance.signum() > 0) {
                BigDecimal amount = random.nextBoolean() ? invoice.balance
                        : BigDecimal.valueOf(1 + random.nextInt(invoice.balance.movePointRight(2).intValueExact()), 2);
                String paymentId = id + "-payment-" + step;
                invoice.balance = invoice.balance.subtract(amount);
                invoice.refundable.put(paymentId, amount);
                publish(invoice, new PaymentRegisteredEvent(id, paymentId, amount, currency, invoice.issueDate,
                        PaymentMethod.BANK_TRANSFER, null, null, total.subtract(invoice.balance), invoice.balance, at));
                if (invoice.balance.signum() == 0) {
                    publish(invoice, new InvoicePaidEvent(id, number, null, null, invoice.responsibleId, currency, total,
                            RUB, invoice.rate, invoice.totalInBase, at));
                }
            } else if (choice < 7 && invoice.refundable.values().stream().anyMatch(left -> left.signum() > 0)) {
                String paymentId = pick(invoice.refundable.entrySet().stream().filter(e -> e.getValue().signum() > 0)
                        .map(Map.Entry::getKey).sorted().toList());
                BigDecimal left = invoice.refundable.get(paymentId);
                BigDecimal amount = random.nextBoolean() ? left
                        : BigDecimal.valueOf(1 + random.nextInt(left.movePointRight(2).intValueExact()), 2);
                invoice.refundable.put(paymentId, left.subtract(amount));
                invoice.balance = invoice.balance.add(amount);
                publish(invoice, new PaymentRefundedEvent(id, paymentId + "-refund-" + step, paymentId, amount, currency,
                        invoice.issueDate, null, total.subtract(invoice.balance), invoice.balance, at));
            } else if (choice < 9 && !invoice.overdue && invoice.balance.signum() > 0) {
                invoice.overdue = true;
                publish(invoice, new InvoiceOverdueEvent(id, number, null, invoice.responsibleId,
                        invoice.issueDate.plusDays(14), invoice.balance, currency, at));
            } else if (choice == 9 && invoice.balance.compareTo(total) == 0) {
                invoice.cancelled = true;
                publish(invoice, new InvoiceCancelledEvent(id, number, null, "wrong payer", at));
            }
        }
    }

    private void publish(Deal deal, Object event) {
        published.add(new Published(PipelineTopic.NAME, "Deal", deal.id, deal.sequence++, event));
    }

    private void publish(Invoice invoice, Object event) {
        published.add(new Published(BillingTopic.NAME, "Invoice", invoice.id, invoice.sequence++, event));
    }

    private static BigDecimal inBase(BigDecimal amount, String currency) {
        return amount.multiply(RATES.get(currency)).setScale(2, RoundingMode.HALF_EVEN);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
