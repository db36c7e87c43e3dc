package io.salescrm.analytics.exactness;

import io.salescrm.pipeline.api.deal.DealCreatedEvent;
import io.salescrm.pipeline.api.deal.DealDetailsChangedEvent;
import io.salescrm.pipeline.api.deal.DealLostEvent;
import io.salescrm.pipeline.api.deal.DealMovedToPipelineEvent;
import io.salescrm.pipeline.api.deal.DealMovedToStageEvent;
import io.salescrm.pipeline.api.deal.DealReassignedEvent;
import io.salescrm.pipeline.api.deal.DealReopenedEvent;
import io.salescrm.pipeline.api.deal.DealWonEvent;
import io.salescrm.pipeline.api.lead.LeadConvertedEvent;
import io.salescrm.pipeline.api.lead.LeadCreatedEvent;
import io.salescrm.pipeline.api.lead.LeadDetails;
import io.salescrm.pipeline.api.lead.LeadSource;
import io.salescrm.pipeline.api.pipeline.StageSemantics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A random but reproducible history of deals and leads (fixed seed), as the pipeline service would publish it, and
 * the ground truth of every deal and lead kept while generating it: the test's figures are computed from this truth,
 * never from analytics' own code.
 */
final class SalesHistory {

    static final String RUB = "RUB";
    static final List<String> IN_PROGRESS = List.of("new", "talk", "offer");
    static final String WON_STAGE = "won";
    static final String LOST_STAGE = "lost";
    private static final Map<String, BigDecimal> RATES = Map.of(
            "RUB", BigDecimal.ONE, "USD", new BigDecimal("92.3456"), "EUR", new BigDecimal("100.1234"));
    private static final List<String> CURRENCIES = List.of("RUB", "USD", "EUR");
    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    record Published(String aggregateType, String aggregateId, long sequence, Object payload) {
    }

    /** A closing or creation fact as the truth knows it. */
    record Fact(Instant at, String responsibleId, String pipelineId, String source, String outcome, BigDecimal amountInBase) {
    }

    record Stay(String pipelineId, String stageId, Instant enteredAt, Instant leftAt, boolean backward) {
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

        Deal(String id) {
            this.id = id;
        }
    }

    record Lead(String id, String source, Instant createdAt, String responsibleId, boolean convertedToDeal) {
    }

    final List<Published> published = new ArrayList<>();
    final List<Deal> deals = new ArrayList<>();
    final List<Lead> leads = new ArrayList<>();
    private final Random random;
    private final List<String> managers;
    private final List<String> pipelines;

    private SalesHistory(long seed, List<String> managers, List<String> pipelines) {
        this.random = new Random(seed);
        this.managers = managers;
        this.pipelines = pipelines;
    }

    static SalesHistory generate(long seed, List<String> managers, List<String> pipelines, String prefix, int dealCount,
                                 int leadCount) {
        SalesHistory history = new SalesHistory(seed, managers, pipelines);
        for (int i = 0; i < dealCount; i++) {
            history.deal(prefix + "-deal-" + i);
        }
        for (int i = 0; i < leadCount; i++) {
            history.lead(prefix + "-lead-" + i);
        }
        return history;
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
        deal.stays.add(new Stay(deal.pipelineId, deal.stageId, at, null, false));
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
        int choice = random.nextInt(10);
        if (choice < 3) {
            String to = pick(IN_PROGRESS.stream().filter(s -> !s.equals(deal.stageId)).toList());
            move(deal, to, StageSemantics.IN_PROGRESS, at);
        } else if (choice == 3) {
            String to = pick(managers.stream().filter(m -> !m.equals(deal.responsibleId)).toList());
            publish(deal, new DealReassignedEvent(deal.id, deal.responsibleId, to, at));
            deal.responsibleId = to;
        } else if (choice == 4) {
            deal.currency = pick(CURRENCIES);
            deal.amount = BigDecimal.valueOf(100 + random.nextInt(1_000_000), 2);
            deal.amountInBase = inBase(deal.amount, deal.currency);
            publish(deal, new DealDetailsChangedEvent(deal.id, "Deal " + deal.id, deal.amount, deal.currency, RUB,
                    RATES.get(deal.currency), deal.amountInBase, 10, null, null,
                    deal.source == null ? null : LeadSource.valueOf(deal.source), null, null, false, at));
        } else if (choice == 5) {
            String to = pick(pipelines.stream().filter(p -> !p.equals(deal.pipelineId)).toList());
            publish(deal, new DealMovedToPipelineEvent(deal.id, deal.pipelineId, deal.stageId, to, IN_PROGRESS.get(0), 10, at));
            enter(deal, to, IN_PROGRESS.get(0), at);
        } else if (choice < 8) {
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
        boolean visited = deal.stays.stream().anyMatch(s -> s.pipelineId().equals(pipelineId) && s.stageId().equals(stageId));
        Stay last = deal.stays.remove(deal.stays.size() - 1);
        deal.stays.add(new Stay(last.pipelineId(), last.stageId(), last.enteredAt(), at, last.backward()));
        deal.stays.add(new Stay(pipelineId, stageId, at, null, visited));
        deal.pipelineId = pipelineId;
        deal.stageId = stageId;
    }

    private void lead(String id) {
        Instant at = START.plusSeconds(random.nextInt(180 * 24 * 3600));
        LeadSource source = pick(List.of(LeadSource.values()));
        String responsible = pick(managers);
        boolean converted = random.nextInt(3) == 0;
        published.add(new Published("Lead", id, 0, new LeadCreatedEvent(id, pipelines.get(0),
                LeadDetails.titled("Lead " + id, source), responsible, false, at)));
        if (converted) {
            published.add(new Published("Lead", id, 1, new LeadConvertedEvent(id, pick(deals).id, null, null,
                    at.plus(Duration.ofHours(1 + random.nextInt(100))))));
        }
        leads.add(new Lead(id, source.name(), at, responsible, converted));
    }

    private void publish(Deal deal, Object event) {
        published.add(new Published("Deal", deal.id, deal.sequence++, event));
    }

    private static BigDecimal inBase(BigDecimal amount, String currency) {
        return amount.multiply(RATES.get(currency)).setScale(2, RoundingMode.HALF_EVEN);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
