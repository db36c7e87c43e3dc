package io.salescrm.billing.quote.command;

import io.salescrm.billing.api.quote.AcceptQuoteCommand;
import io.salescrm.billing.api.quote.CreateQuoteCommand;
import io.salescrm.billing.api.quote.DeclineQuoteCommand;
import io.salescrm.billing.api.quote.ExpireQuoteCommand;
import io.salescrm.billing.api.quote.QuoteAcceptedEvent;
import io.salescrm.billing.api.quote.QuoteContent;
import io.salescrm.billing.api.quote.QuoteCreatedEvent;
import io.salescrm.billing.api.quote.QuoteDeclinedEvent;
import io.salescrm.billing.api.quote.QuoteDelivery;
import io.salescrm.billing.api.quote.QuoteExpiredEvent;
import io.salescrm.billing.api.quote.QuoteRevisedEvent;
import io.salescrm.billing.api.quote.QuoteSentEvent;
import io.salescrm.billing.api.quote.ReviseQuoteCommand;
import io.salescrm.billing.api.quote.SendQuoteCommand;
import io.salescrm.platform.rules.ConflictException;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.rules.RuleViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static io.salescrm.billing.quote.QuoteMother.content;
import static io.salescrm.billing.quote.QuoteMother.withUnfilled;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.messageWithPayload;
import static org.hamcrest.Matchers.any;

class QuoteTest {

    private static final String ID = "quote-1";
    private static final String DEAL = "deal-1";
    private static final LocalDate VALID_UNTIL = LocalDate.of(2026, 3, 15);
    private static final Instant BEFORE_END = Instant.parse("2026-03-15T23:59:00Z");
    private static final Instant AFTER_END = Instant.parse("2026-03-16T00:00:00Z");

    private FixtureConfiguration<Quote> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Quote.class);
    }

    private static QuoteCreatedEvent created(QuoteContent content) {
        return new QuoteCreatedEvent(ID, DEAL, "company-1", "contact-1", "manager-1", false, content, BEFORE_END);
    }

    private static QuoteSentEvent sent(int version) {
        return new QuoteSentEvent(ID, version, DEAL, "company-1", "contact-1", "manager-1", "ivan@romashka.example",
                QuoteDelivery.OUTBOX, "document-" + version, content(VALID_UNTIL).totals().gross(), "RUB", BEFORE_END);
    }

    @Test
    void aQuoteIsDraftedAsVersionOne() {
        fixture.givenNoPriorActivity()
                .when(new CreateQuoteCommand(ID, DEAL, "company-1", "contact-1", "manager-1", false, content(VALID_UNTIL)))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(exactSequenceOf(messageWithPayload(any(QuoteCreatedEvent.class)), andNoMore()));
    }

    @Test
    void aQuoteNeedsLinesAndSomeoneToAddress() {
        fixture.givenNoPriorActivity()
                .when(new CreateQuoteCommand(ID, DEAL, null, null, "manager-1", false, withLines(List.of())))
                .expectException(InvalidFieldException.class);
        fixture.givenNoPriorActivity()
                .when(new CreateQuoteCommand(ID, null, null, null, "manager-1", false, content(VALID_UNTIL)))
                .expectException(InvalidFieldException.class);
    }

    @Test
    void aRevisionIsTheNextVersionAndADraftAgain() {
        fixture.given(created(content(VALID_UNTIL)), sent(1))
                .when(new ReviseQuoteCommand(ID, 1, content(VALID_UNTIL.plusDays(7))))
                .expectEventsMatching(exactSequenceOf(messageWithPayload(Matchers.matches(
                        e -> e instanceof QuoteRevisedEvent r && r.version() == 2)), andNoMore()));
    }

    @Test
    void aRevisionOfAnOlderVersionIsAConflict() {
        fixture.given(created(content(VALID_UNTIL)), new QuoteRevisedEvent(ID, 2, content(VALID_UNTIL), BEFORE_END))
                .when(new ReviseQuoteCommand(ID, 1, content(VALID_UNTIL)))
                .expectException(ConflictException.class);
    }

    @Test
    void onlyTheLatestVersionCanBeSent() {
        fixture.given(created(content(VALID_UNTIL)), new QuoteRevisedEvent(ID, 2, content(VALID_UNTIL), BEFORE_END))
                .when(new SendQuoteCommand(ID, 1, "ivan@romashka.example", QuoteDelivery.OUTBOX, "document-1", BEFORE_END))
                .expectException(ConflictException.class);
    }

    @Test
    void sendingRecordsTheDocumentAndTheTouchOnTheDeal() {
        fixture.given(created(content(VALID_UNTIL)))
                .when(new SendQuoteCommand(ID, 1, "ivan@romashka.example", QuoteDelivery.OUTBOX, "document-1", BEFORE_END))
                .expectEvents(sent(1));
    }

    @Test
    void aQuoteWithUnfilledPlaceholdersIsNotSent() {
        fixture.given(created(withUnfilled(content(VALID_UNTIL), "client.contactName")))
                .when(new SendQuoteCommand(ID, 1, "ivan@romashka.example", QuoteDelivery.OUTBOX, "document-1", BEFORE_END))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("client.contactName"));
    }

    @Test
    void aQuotePastItsValidityDateIsNotSent() {
        fixture.given(created(content(VALID_UNTIL)))
                .when(new SendQuoteCommand(ID, 1, "ivan@romashka.example", QuoteDelivery.OUTBOX, "document-1", AFTER_END))
                .expectException(RuleViolationException.class);
    }

    @Test
    void aSentVersionIsNotSentTwice() {
        fixture.given(created(content(VALID_UNTIL)), sent(1))
                .when(new SendQuoteCommand(ID, 1, "ivan@romashka.example", QuoteDelivery.OUTBOX, "document-2", BEFORE_END))
                .expectException(RuleViolationException.class);
    }

    @Test
    void onlyASentQuoteIsAcceptedAndTheInvoiceWishTravelsWithIt() {
        fixture.given(created(content(VALID_UNTIL)))
                .when(new AcceptQuoteCommand(ID, 1, true, BEFORE_END))
                .expectException(RuleViolationException.class);
        fixture.given(created(content(VALID_UNTIL)), sent(1))
                .when(new AcceptQuoteCommand(ID, 1, true, BEFORE_END))
                .expectEvents(new QuoteAcceptedEvent(ID, 1, DEAL, "company-1", "contact-1", "manager-1", false,
                        content(VALID_UNTIL), true, BEFORE_END));
    }

    @Test
    void acceptingAnOlderVersionIsAConflict() {
        fixture.given(created(content(VALID_UNTIL)), sent(1), new QuoteRevisedEvent(ID, 2, content(VALID_UNTIL), BEFORE_END), sent(2))
                .when(new AcceptQuoteCommand(ID, 1, false, BEFORE_END))
                .expectException(ConflictException.class);
    }

    @Test
    void aClosedQuoteChangesNoMore() {
        fixture.given(created(content(VALID_UNTIL)), new QuoteDeclinedEvent(ID, 1, DEAL, "дорого", BEFORE_END))
                .when(new ReviseQuoteCommand(ID, 1, content(VALID_UNTIL)))
                .expectException(RuleViolationException.class);
        fixture.given(created(content(VALID_UNTIL)), sent(1), new QuoteAcceptedEvent(ID, 1, DEAL, "company-1", "contact-1",
                        "manager-1", false, content(VALID_UNTIL), false, BEFORE_END))
                .when(new DeclineQuoteCommand(ID, null, BEFORE_END))
                .expectException(RuleViolationException.class);
    }

    @Test
    void aQuoteExpiresOnceTheDayAfterItsValidityDate() {
        fixture.given(created(content(VALID_UNTIL)), sent(1))
                .when(new ExpireQuoteCommand(ID, VALID_UNTIL, BEFORE_END))
                .expectNoEvents();
        fixture.given(created(content(VALID_UNTIL)), sent(1))
                .when(new ExpireQuoteCommand(ID, VALID_UNTIL.plusDays(1), AFTER_END))
                .expectEvents(new QuoteExpiredEvent(ID, 1, DEAL, VALID_UNTIL, AFTER_END));
        fixture.given(created(content(VALID_UNTIL)), new QuoteExpiredEvent(ID, 1, DEAL, VALID_UNTIL, AFTER_END))
                .when(new ExpireQuoteCommand(ID, VALID_UNTIL.plusDays(2), AFTER_END))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    private static QuoteContent withLines(List<io.salescrm.billing.api.quote.QuoteLine> lines) {
        QuoteContent c = content(VALID_UNTIL);
        return new QuoteContent(c.currency(), c.priceTypeId(), lines, c.totals(), c.greeting(), c.intro(), c.closing(),
                c.templateId(), c.templateVersion(), c.unfilledPlaceholders(), c.signature(), c.validUntil());
    }
}
