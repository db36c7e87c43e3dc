package io.salescrm.billing.quote.expiry;

import io.salescrm.billing.api.quote.ExpireQuoteCommand;
import io.salescrm.billing.api.quote.QuoteStatus;
import io.salescrm.billing.quote.query.QuoteView;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Expires open (draft or sent) quotes whose validity date has passed, a batch per run. Safe to run anywhere and often:
 * the aggregate expires a quote once and ignores the command afterwards, and when two instances race on one quote
 * the event store lets only one of them append (the other's concurrency failure is ignored here).
 */
@Component
public class QuoteExpiryJob {

    static final int BATCH = 200;
    private static final Logger log = LoggerFactory.getLogger(QuoteExpiryJob.class);

    private final MongoTemplate mongo;
    private final CommandGateway commands;
    private final Clock clock = Clock.systemUTC();

    public QuoteExpiryJob(MongoTemplate mongo, CommandGateway commands) {
        this.mongo = mongo;
        this.commands = commands;
    }

    @Scheduled(fixedDelayString = "${crm.billing.quotes.expiry-interval:PT10M}", initialDelayString = "${crm.billing.quotes.expiry-initial-delay:PT1M}")
    public void expireDue() {
        expireDue(clock.instant().atZone(ZoneOffset.UTC).toLocalDate());
    }

    /**
     * Asks up to {@value #BATCH} quotes valid until before {@code today} to expire (the next run takes the rest: the
     * read model may still list quotes just expired); returns how many were asked.
     */
    public int expireDue(LocalDate today) {
        List<QuoteView> due = mongo.find(new Query(where("status").in(QuoteStatus.DRAFT, QuoteStatus.SENT).and("validUntil").lt(today))
                .with(Sort.by("validUntil", "_id")).limit(BATCH), QuoteView.class);
        for (QuoteView quote : due) {
            try {
                commands.sendAndWait(new ExpireQuoteCommand(quote.id(), today, clock.instant()));
            } catch (RuntimeException e) {
                log.info("Quote {} was not expired now ({}); another instance may have done it, the next run retries.",
                        quote.id(), e.getMessage());
            }
        }
        return due.size();
    }
}
