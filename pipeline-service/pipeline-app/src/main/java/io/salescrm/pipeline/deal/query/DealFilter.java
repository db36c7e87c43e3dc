package io.salescrm.pipeline.deal.query;

import io.salescrm.pipeline.api.lead.LeadSource;
import org.springframework.data.mongodb.core.query.Criteria;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Filters of the deal list, each optional. {@code status}: OPEN (in progress), CLOSED (won or lost), WON, LOST.
 * Amounts compare the amount in the base currency; {@code q} finds deals whose title contains it (any case).
 */
public record DealFilter(
        String pipelineId,
        String stageId,
        String responsibleId,
        LeadSource source,
        DealStatus status,
        Instant createdFrom,
        Instant createdTo,
        BigDecimal amountMin,
        BigDecimal amountMax,
        String q) {

    public enum DealStatus {
        OPEN, CLOSED, WON, LOST
    }

    /** The filters combined with the caller's {@code readable} criteria. */
    public Criteria toCriteria(Criteria readable) {
        List<Criteria> all = new ArrayList<>();
        all.add(readable);
        if (pipelineId != null) {
            all.add(where(DealView.PIPELINE).is(pipelineId));
        }
        if (stageId != null) {
            all.add(where(DealView.STAGE).is(stageId));
        }
        if (responsibleId != null) {
            all.add(where(DealView.RESPONSIBLE).is(responsibleId));
        }
        if (source != null) {
            all.add(where("source").is(source));
        }
        if (status != null) {
            all.add(switch (status) {
                case OPEN -> where(DealView.STATUS).is("IN_PROGRESS");
                case CLOSED -> where(DealView.STATUS).in("WON", "LOST");
                case WON -> where(DealView.STATUS).is("WON");
                case LOST -> where(DealView.STATUS).is("LOST");
            });
        }
        if (createdFrom != null || createdTo != null) {
            Criteria created = where("createdAt");
            if (createdFrom != null) {
                created = created.gte(createdFrom);
            }
            if (createdTo != null) {
                created = created.lt(createdTo);
            }
            all.add(created);
        }
        if (amountMin != null || amountMax != null) {
            Criteria amount = where(DealView.AMOUNT_IN_BASE);
            if (amountMin != null) {
                amount = amount.gte(new org.bson.types.Decimal128(amountMin));
            }
            if (amountMax != null) {
                amount = amount.lte(new org.bson.types.Decimal128(amountMax));
            }
            all.add(amount);
        }
        if (q != null && !q.isBlank()) {
            all.add(where("title").regex(Pattern.quote(q.strip()), "i"));
        }
        return all.size() == 1 ? readable : new Criteria().andOperator(all);
    }
}
