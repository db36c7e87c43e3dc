package io.salescrm.catalog.price.command;

import io.salescrm.catalog.api.price.BasePriceTypeChangedEvent;
import io.salescrm.catalog.api.price.DefinePriceTypeCommand;
import io.salescrm.catalog.api.price.MakeBasePriceTypeCommand;
import io.salescrm.catalog.api.price.PriceTypeDefinedEvent;
import io.salescrm.catalog.api.price.PriceTypeList;
import io.salescrm.catalog.api.price.PriceTypeRenamedEvent;
import io.salescrm.catalog.api.price.RenamePriceTypeCommand;
import io.salescrm.catalog.reference.CatalogNames;
import io.salescrm.catalog.reference.NotFoundProblem;
import io.salescrm.platform.rules.ConflictException;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.rules.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * All price types as one aggregate (id {@link PriceTypeList#ID}): exactly one of them is the base at any time and
 * names are unique regardless of case, which only a single aggregate can decide race-free.
 */
@Aggregate
public class PriceTypeListAggregate {

    public static final int MAX_PRICE_TYPES = 50;

    @AggregateIdentifier
    private String listId;
    private final Map<String, String> names = new LinkedHashMap<>();
    private String baseId;

    protected PriceTypeListAggregate() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(DefinePriceTypeCommand command) {
        if (!PriceTypeList.ID.equals(command.listId())) {
            throw new InvalidFieldException("listId", "must be " + PriceTypeList.ID);
        }
        String id = CatalogNames.id(command.priceTypeId(), "priceTypeId");
        String name = CatalogNames.name(command.name(), "name");
        if (names.containsKey(id)) {
            throw new ConflictException("price-type-exists", "A price type with id " + id + " already exists.");
        }
        requireFreeName(name, id);
        if (names.size() >= MAX_PRICE_TYPES) {
            throw new RuleViolationException("too-many-price-types", "There are at most " + MAX_PRICE_TYPES + " price types.");
        }
        apply(new PriceTypeDefinedEvent(command.listId(), id, name, baseId == null));
    }

    @CommandHandler
    public void handle(RenamePriceTypeCommand command) {
        String current = existing(command.priceTypeId());
        String name = CatalogNames.name(command.name(), "name");
        if (!name.equals(current)) {
            requireFreeName(name, command.priceTypeId());
            apply(new PriceTypeRenamedEvent(listId, command.priceTypeId(), name));
        }
    }

    @CommandHandler
    public void handle(MakeBasePriceTypeCommand command) {
        existing(command.priceTypeId());
        if (!command.priceTypeId().equals(baseId)) {
            apply(new BasePriceTypeChangedEvent(listId, command.priceTypeId(), baseId));
        }
    }

    @EventSourcingHandler
    void on(PriceTypeDefinedEvent event) {
        listId = event.listId();
        names.put(event.priceTypeId(), event.name());
        if (event.base()) {
            baseId = event.priceTypeId();
        }
    }

    @EventSourcingHandler
    void on(PriceTypeRenamedEvent event) {
        names.put(event.priceTypeId(), event.name());
    }

    @EventSourcingHandler
    void on(BasePriceTypeChangedEvent event) {
        baseId = event.priceTypeId();
    }

    private String existing(String priceTypeId) {
        String name = priceTypeId == null ? null : names.get(priceTypeId);
        if (name == null) {
            throw new NotFoundProblem("No price type with id " + priceTypeId + ".");
        }
        return name;
    }

    private void requireFreeName(String name, String priceTypeId) {
        names.forEach((id, other) -> {
            if (!id.equals(priceTypeId) && other.equalsIgnoreCase(name)) {
                throw new ConflictException("price-type-name-taken", "Another price type is already named " + name + ".");
            }
        });
    }
}
