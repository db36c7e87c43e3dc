package io.salescrm.org.target.query;

import io.salescrm.org.api.target.SplitStatus;
import io.salescrm.org.api.target.TargetCancelledEvent;
import io.salescrm.org.api.target.TargetGrowth;
import io.salescrm.org.api.target.TargetMeasure;
import io.salescrm.org.api.target.TargetPeriod;
import io.salescrm.org.api.target.TargetRevisedEvent;
import io.salescrm.org.api.target.TargetSetEvent;
import io.salescrm.org.api.target.TargetSplitEvent;
import io.salescrm.org.api.target.TargetSplitFinalisedEvent;
import io.salescrm.org.api.target.TargetSplitPart;
import io.salescrm.org.api.target.TargetSplitWithdrawnEvent;
import io.salescrm.org.api.target.TargetValue;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Keeps {@code target_targets} and {@code target_revisions} up to date from the local event store. Each revision
 * is written under its own id, so a replayed event leaves the same document behind; a target document is only
 * changed by an event with a higher sequence number than the last one applied to it.
 */
@Component
@ProcessingGroup("target-view")
public class TargetProjection {

    static final String REQUEST_ID = "requestId";

    private final MongoTemplate mongo;

    public TargetProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(TargetSetEvent event, @SequenceNumber long sequence, @MetaDataValue(REQUEST_ID) String requestId) {
        if (mongo.findById(event.targetId(), TargetView.class) == null) {
            Builder view = new Builder();
            view.id = event.targetId();
            view.status = "ACTIVE";
            view.period(event.period());
            view.subjectType = event.subject().type().name();
            view.subjectId = event.subject().id();
            view.value(event.value());
            view.growth = growth(event.growth());
            view.parentTargetId = event.parentTargetId();
            view.parentSplitRevision = event.parentSplitRevision();
            view.note = event.note();
            view.createdAt = event.setAt();
            view.revision = event.revision();
            view.updatedAt = event.setAt();
            view.version = sequence;
            mongo.save(view.build());
        }
        revision(event.targetId(), event.revision(), "SET", event.setAt(), requestId, event.value(), null,
                event.growth(), event.parentTargetId(), event.parentSplitRevision(), null, List.of(), event.note());
    }

    @EventHandler
    void on(TargetRevisedEvent event, @SequenceNumber long sequence, @MetaDataValue(REQUEST_ID) String requestId) {
        update(event.targetId(), sequence, event.revision(), event.revisedAt(), view -> {
            view.value(event.value());
            view.growth = growth(event.growth());
            view.parentTargetId = event.parentTargetId();
            view.parentSplitRevision = event.parentSplitRevision();
            if (event.note() != null) {
                view.note = event.note();
            }
        });
        revision(event.targetId(), event.revision(), "REVISED", event.revisedAt(), requestId, event.value(),
                event.previousValue(), event.growth(), event.parentTargetId(), event.parentSplitRevision(), null,
                List.of(), event.note());
    }

    @EventHandler
    void on(TargetSplitEvent event, @SequenceNumber long sequence, @MetaDataValue(REQUEST_ID) String requestId) {
        TargetView.Split split = split(event.splitRevision(), event.status().name(), event.value(), event.parts(),
                event.partsTotal(), event.note(), event.splitAt());
        update(event.targetId(), sequence, event.revision(), event.splitAt(), view -> {
            view.split = split;
            if (event.status() == SplitStatus.FINAL) {
                view.childTargetIds = childIds(event.parts());
            }
        });
        revision(event.targetId(), event.revision(), "SPLIT", event.splitAt(), requestId, event.value(), null, null,
                null, null, split, event.releasedTargetIds(), event.note());
    }

    @EventHandler
    void on(TargetSplitFinalisedEvent event, @SequenceNumber long sequence, @MetaDataValue(REQUEST_ID) String requestId) {
        TargetView current = mongo.findById(event.targetId(), TargetView.class);
        String draftNote = current != null && current.split() != null && current.split().revision() == event.splitRevision()
                ? current.split().note() : null;
        TargetView.Split split = split(event.splitRevision(), SplitStatus.FINAL.name(), event.value(), event.parts(),
                total(event.value(), event.parts()), draftNote, event.finalisedAt());
        update(event.targetId(), sequence, event.revision(), event.finalisedAt(), view -> {
            view.split = split;
            view.childTargetIds = childIds(event.parts());
        });
        revision(event.targetId(), event.revision(), "SPLIT_FINALISED", event.finalisedAt(), requestId, event.value(),
                null, null, null, null, split, event.releasedTargetIds(), null);
    }

    @EventHandler
    void on(TargetSplitWithdrawnEvent event, @SequenceNumber long sequence, @MetaDataValue(REQUEST_ID) String requestId) {
        TargetView.Split split = new TargetView.Split(event.splitRevision(), "WITHDRAWN", List.of(), null, null, null,
                null, event.note(), event.withdrawnAt());
        update(event.targetId(), sequence, event.revision(), event.withdrawnAt(), view -> {
            view.split = split;
            view.childTargetIds = List.of();
        });
        revision(event.targetId(), event.revision(), "SPLIT_WITHDRAWN", event.withdrawnAt(), requestId, event.value(),
                null, null, null, null, split, event.releasedTargetIds(), event.note());
    }

    @EventHandler
    void on(TargetCancelledEvent event, @SequenceNumber long sequence, @MetaDataValue(REQUEST_ID) String requestId) {
        update(event.targetId(), sequence, event.revision(), event.cancelledAt(), view -> view.status = "CANCELLED");
        revision(event.targetId(), event.revision(), "CANCELLED", event.cancelledAt(), requestId, event.value(), null,
                null, event.parentTargetId(), event.parentSplitRevision(), null, List.of(), event.note());
    }

    private void update(String targetId, long sequence, int revision, Instant at, Consumer<Builder> change) {
        TargetView current = mongo.findById(targetId, TargetView.class);
        if (current == null || current.version() >= sequence) {
            return;
        }
        Builder view = new Builder(current);
        change.accept(view);
        view.revision = revision;
        view.updatedAt = at;
        view.version = sequence;
        mongo.save(view.build());
    }

    private void revision(String targetId, int revision, String change, Instant at, String requestId, TargetValue value,
                          TargetValue previous, TargetGrowth growth, String parentTargetId, Integer parentSplitRevision,
                          TargetView.Split split, List<String> released, String note) {
        mongo.save(new TargetRevisionView(TargetRevisionView.idOf(targetId, revision), targetId, revision, change, at,
                requestId,
                value != null ? value.measure().name() : null,
                value != null ? value.amount() : null,
                value != null ? value.currency() : null,
                value != null ? value.count() : null,
                previous != null ? previous.amount() : null,
                previous != null ? previous.count() : null,
                growth(growth), parentTargetId, parentSplitRevision, split,
                released != null ? List.copyOf(released) : List.of(), note));
    }

    private static TargetView.Growth growth(TargetGrowth growth) {
        if (growth == null) {
            return null;
        }
        TargetPeriod baseline = growth.baselinePeriod();
        return new TargetView.Growth(growth.percent(), baseline.type().name(), baseline.start().toString(),
                baseline.end().toString(), PeriodCodes.code(baseline), growth.baseline().amount(), growth.baseline().count());
    }

    private static TargetView.Split split(int revision, String status, TargetValue target, List<TargetSplitPart> parts,
                                          TargetValue total, String note, Instant at) {
        List<TargetView.Part> views = parts.stream()
                .map(part -> new TargetView.Part(part.childTargetId(), part.subject().type().name(), part.subject().id(),
                        part.value().amount(), part.value().count()))
                .toList();
        if (target.measure() == TargetMeasure.AMOUNT) {
            return new TargetView.Split(revision, status, views, total.amount(), null,
                    target.amount().subtract(total.amount()), null, note, at);
        }
        return new TargetView.Split(revision, status, views, null, total.count(), null, target.count() - total.count(), note, at);
    }

    private static TargetValue total(TargetValue target, List<TargetSplitPart> parts) {
        if (target.measure() == TargetMeasure.AMOUNT) {
            BigDecimal sum = parts.stream().map(part -> part.value().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            return TargetValue.amount(sum.setScale(target.amount().scale()), target.currency());
        }
        return TargetValue.wonCount(parts.stream().mapToLong(part -> part.value().count()).sum());
    }

    private static List<String> childIds(List<TargetSplitPart> parts) {
        return parts.stream().map(TargetSplitPart::childTargetId).toList();
    }

    /** A mutable copy of a {@link TargetView}. */
    private static final class Builder {
        String id;
        int revision;
        String status;
        String periodType;
        String periodStart;
        String periodEnd;
        String periodCode;
        String subjectType;
        String subjectId;
        String measure;
        BigDecimal amount;
        String currency;
        Long count;
        TargetView.Growth growth;
        String parentTargetId;
        Integer parentSplitRevision;
        TargetView.Split split;
        List<String> childTargetIds = List.of();
        String note;
        Instant createdAt;
        Instant updatedAt;
        long version;

        Builder() {
        }

        Builder(TargetView v) {
            id = v.id();
            revision = v.revision();
            status = v.status();
            periodType = v.periodType();
            periodStart = v.periodStart();
            periodEnd = v.periodEnd();
            periodCode = v.periodCode();
            subjectType = v.subjectType();
            subjectId = v.subjectId();
            measure = v.measure();
            amount = v.amount();
            currency = v.currency();
            count = v.count();
            growth = v.growth();
            parentTargetId = v.parentTargetId();
            parentSplitRevision = v.parentSplitRevision();
            split = v.split();
            childTargetIds = v.childTargetIds() != null ? new ArrayList<>(v.childTargetIds()) : List.of();
            note = v.note();
            createdAt = v.createdAt();
            updatedAt = v.updatedAt();
            version = v.version();
        }

        void period(TargetPeriod period) {
            periodType = period.type().name();
            periodStart = period.start().toString();
            periodEnd = period.end().toString();
            periodCode = PeriodCodes.code(period);
        }

        void value(TargetValue value) {
            measure = value.measure().name();
            amount = value.amount();
            currency = value.currency();
            count = value.count();
        }

        TargetView build() {
            return new TargetView(id, revision, status, periodType, periodStart, periodEnd, periodCode, subjectType,
                    subjectId, measure, amount, currency, count, growth, parentTargetId, parentSplitRevision, split,
                    childTargetIds, note, createdAt, updatedAt, version);
        }
    }
}
