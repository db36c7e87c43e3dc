package io.salescrm.pipeline.deal.command;

import io.salescrm.pipeline.api.deal.CreateDealCommand;
import io.salescrm.pipeline.api.deal.DealCreatedEvent;
import io.salescrm.platform.rules.InvalidFieldException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A deal: an opportunity to sell, moving through a pipeline's stages. Event-sourced. */
@Aggregate
public class Deal {

    static final int MAX_TITLE_LENGTH = 200;
    /** Amounts up to 10^15 in any currency with at most 2 decimals (as all deal currencies in use here). */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000000");

    static final int MAX_EMPLOYEE_ID_LENGTH = 64;

    @AggregateIdentifier
    private String dealId;
    private String responsibleId;

    protected Deal() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    public Deal(CreateDealCommand command) {
        requireValidTitle(command.title());
        requireValidAmount(command.amount());
        requireValidResponsible(command.responsibleId());
        if (command.rateToBase() == null || command.rateToBase().signum() <= 0) {
            throw new InvalidFieldException("currency", "has no usable exchange rate");
        }
        BigDecimal amountInBase = command.amount().multiply(command.rateToBase())
                .setScale(minorUnits(command.baseCurrency()), RoundingMode.HALF_EVEN);
        apply(new DealCreatedEvent(command.dealId(), command.title().strip(), command.amount(), command.currency(),
                command.baseCurrency(), command.rateToBase(), amountInBase, GenericEventMessage.clock.instant(),
                command.responsibleId(), command.open()));
    }

    @EventSourcingHandler
    void on(DealCreatedEvent event) {
        this.dealId = event.dealId();
        this.responsibleId = event.responsibleId();
    }

    /** Every deal has a responsible employee (deals of event revision 1, from before, have none). */
    private static void requireValidResponsible(String responsibleId) {
        if (responsibleId == null || responsibleId.isBlank()) {
            throw new InvalidFieldException("responsibleId", "must not be blank");
        }
        if (responsibleId.length() > MAX_EMPLOYEE_ID_LENGTH) {
            throw new InvalidFieldException("responsibleId", "must be at most " + MAX_EMPLOYEE_ID_LENGTH + " characters");
        }
    }

    private static void requireValidTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new InvalidFieldException("title", "must not be blank");
        }
        if (title.length() > MAX_TITLE_LENGTH) {
            throw new InvalidFieldException("title", "must be at most " + MAX_TITLE_LENGTH + " characters");
        }
    }

    private static void requireValidAmount(BigDecimal amount) {
        if (amount == null) {
            throw new InvalidFieldException("amount", "must not be null");
        }
        if (amount.signum() < 0) {
            throw new InvalidFieldException("amount", "must not be negative");
        }
        if (amount.compareTo(MAX_AMOUNT) >= 0 || amount.scale() > 2) {
            throw new InvalidFieldException("amount", "must be below 10^15 with at most 2 decimals");
        }
    }

    private static int minorUnits(String currency) {
        return Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
    }
}
