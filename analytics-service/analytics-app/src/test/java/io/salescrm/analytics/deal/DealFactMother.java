package io.salescrm.analytics.deal;

import io.salescrm.pipeline.api.deal.DealCreatedEvent;
import io.salescrm.pipeline.api.deal.DealDetailsChangedEvent;
import io.salescrm.pipeline.api.deal.DealLostEvent;
import io.salescrm.pipeline.api.deal.DealMovedToStageEvent;
import io.salescrm.pipeline.api.deal.DealReassignedEvent;
import io.salescrm.pipeline.api.deal.DealWonEvent;
import io.salescrm.pipeline.api.lead.LeadSource;
import io.salescrm.pipeline.api.pipeline.StageSemantics;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Realistic deal histories for load harnesses (reproducible from a seed): each deal is created in the first stage of
 * one of the pipelines (6 stages: 4 in progress, won, lost), goes forward through 2-4 stages (a tenth of the moves
 * step back), is sometimes reassigned or re-priced, and about 60% end won or lost; amounts are in the base currency.
 * {@link #history} gives the events as the pipeline service publishes them (about 5 per deal, for the Kafka
 * harness); {@link #fact} folds them into the {@link DealFact} the projection would store (for bulk loading the read
 * model), so both harnesses work on the same shape of data.
 */
public final class DealFactMother {

    public static final String BASE_CURRENCY = "RUB";
    public static final List<String> STAGES = List.of("new", "qualified", "proposal", "negotiation", "won", "lost");
    private static final List<String> IN_PROGRESS = STAGES.subList(0, 4);
    private static final double CLOSED_SHARE = 0.6;

    /** One event of a deal with its sequence number, as the pipeline service would publish it, and when it happened. */
    public record DealEvent(String dealId, long sequence, Instant at, Object payload) {
    }

    private final Random random;
    private final List<String> pipelines;
    private final List<String> managers;
    private final Map<String, String> groupOfManager;
    private final Instant from;
    private final Instant to;

    /**
     * Deals created in [{@code from}, {@code to}) in {@code pipelines}, owned by {@code groupOfManager}'s managers (the
     * group being each manager's primary unit for the whole history); no event is later than {@code to}.
     */
    public DealFactMother(long seed, List<String> pipelines, Map<String, String> groupOfManager, Instant from, Instant to) {
        this.random = new Random(seed);
        this.pipelines = List.copyOf(pipelines);
        this.managers = List.copyOf(groupOfManager.keySet()).stream().sorted().toList();
        this.groupOfManager = Map.copyOf(groupOfManager);
        this.from = from;
        this.to = to;
    }

    /** The events of one new deal, in order (sequence 0, 1, ...). */
    public List<DealEvent> history(String dealId) {
        List<DealEvent> events = new ArrayList<>();
        String pipeline = pick(pipelines);
        String responsible = pick(managers);
        Instant at = from.plusSeconds((long) (random.nextDouble() * Duration.between(from, to).toSeconds()));
        BigDecimal amount = BigDecimal.valueOf(100_000 + random.nextInt(100_000_000), 2);
        LeadSource source = random.nextInt(5) == 0 ? null : pick(List.of(LeadSource.values()));
        events.add(new DealEvent(dealId, 0, at, new DealCreatedEvent(dealId, "Deal " + dealId, amount, BASE_CURRENCY,
                BASE_CURRENCY, BigDecimal.ONE, amount, at, responsible, false, pipeline, IN_PROGRESS.get(0), 10, null,
                null, null, null, null, null, source, null, null)));
        int stage = 0;
        int moves = 2 + random.nextInt(3);
        for (int i = 0; i < moves; i++) {
            at = later(at);
            if (at.isAfter(to)) {
                return events;
            }
            int next = stage > 0 && random.nextInt(10) == 0 ? stage - 1 : Math.min(stage + 1, IN_PROGRESS.size() - 1);
            if (next == stage) {
                next = stage - 1;
            }
            events.add(move(dealId, events.size(), pipeline, stage, next, at));
            stage = next;
            if (random.nextInt(10) == 0) {
                String previous = responsible;
                responsible = pick(managers.stream().filter(m -> !m.equals(previous)).toList());
                events.add(new DealEvent(dealId, events.size(), at, new DealReassignedEvent(dealId, previous, responsible, at)));
            }
            if (random.nextInt(10) == 0) {
                amount = BigDecimal.valueOf(100_000 + random.nextInt(100_000_000), 2);
                events.add(new DealEvent(dealId, events.size(), at, new DealDetailsChangedEvent(dealId, "Deal " + dealId,
                        amount, BASE_CURRENCY, BASE_CURRENCY, BigDecimal.ONE, amount, 50, null, null, source, null,
                        null, false, at)));
            }
        }
        at = later(at);
        if (random.nextDouble() >= CLOSED_SHARE || at.isAfter(to)) {
            return events;
        }
        boolean won = random.nextInt(100) < 55;
        int closing = won ? 4 : 5;
        events.add(move(dealId, events.size(), pipeline, stage, closing, at));
        events.add(new DealEvent(dealId, events.size(), at, won
                ? new DealWonEvent(dealId, pipeline, STAGES.get(closing), amount, BASE_CURRENCY, BASE_CURRENCY,
                        BigDecimal.ONE, amount, responsible, at)
                : new DealLostEvent(dealId, pipeline, STAGES.get(closing), "price", amount, BASE_CURRENCY,
                        BASE_CURRENCY, BigDecimal.ONE, amount, responsible, at)));
        return events;
    }

    /** A new deal's fact, as the projection stores it after applying its whole {@link #history}. */
    public DealFact fact(String dealId) {
        return fold(history(dealId));
    }

    /** Applies {@code events} (one deal's, in order) as {@code DealFactsProjection} does. */
    public DealFact fold(List<DealEvent> events) {
        DealFact fact = null;
        for (DealEvent event : events) {
            Object payload = event.payload();
            if (payload instanceof DealCreatedEvent e) {
                fact = DealFact.created(e.dealId(), event.sequence(), Attribution.of(e.createdAt(), DealStatus.OPEN,
                                e.responsibleId(), groupOfManager.get(e.responsibleId()), e.pipelineId(),
                                e.source() == null ? null : e.source().name(), e.amountInBase()),
                        e.stageId(), e.open(), e.originLeadId(), e.amount(), e.currency(), e.amountInBase(), e.baseCurrency());
            } else if (payload instanceof DealMovedToStageEvent e) {
                fact.enteredStage(e.pipelineId(), e.toStageId(), e.fromStageId(), e.movedAt());
            } else if (payload instanceof DealReassignedEvent e) {
                fact.reassigned(e.responsibleId());
            } else if (payload instanceof DealDetailsChangedEvent e) {
                fact.amountChanged(e.amount(), e.currency(), e.amountInBase(), e.baseCurrency(), e.changedAt());
                fact.detailsChanged(e.source() == null ? null : e.source().name(), e.open());
            } else if (payload instanceof DealWonEvent e) {
                fact.closed(Attribution.of(e.wonAt(), DealStatus.WON, e.responsibleId(),
                        groupOfManager.get(e.responsibleId()), e.pipelineId(), fact.source(), e.amountInBase()));
            } else if (payload instanceof DealLostEvent e) {
                fact.closed(Attribution.of(e.lostAt(), DealStatus.LOST, e.responsibleId(),
                        groupOfManager.get(e.responsibleId()), e.pipelineId(), fact.source(), e.amountInBase()));
            } else {
                throw new IllegalArgumentException("not generated here: " + payload);
            }
            fact.applied(event.sequence());
        }
        return fact;
    }

    private DealEvent move(String dealId, long sequence, String pipeline, int from, int to, Instant at) {
        return new DealEvent(dealId, sequence, at, new DealMovedToStageEvent(dealId, pipeline, STAGES.get(from),
                semantics(from), STAGES.get(to), semantics(to), 50, null, at));
    }

    /** The board order of the generated pipelines' stages (all pipelines have the same six). */
    public static List<StageSemantics> semantics() {
        return java.util.stream.IntStream.range(0, STAGES.size()).mapToObj(DealFactMother::semantics).toList();
    }

    private static StageSemantics semantics(int stage) {
        return stage == 4 ? StageSemantics.WON : stage == 5 ? StageSemantics.LOST : StageSemantics.IN_PROGRESS;
    }

    /** The next step of a deal: an hour to three weeks later. */
    private Instant later(Instant at) {
        return at.plusSeconds(3600 + random.nextInt(21 * 24 * 3600));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
