package io.salescrm.catalog.bundle.command;

import io.salescrm.catalog.InMemoryCatalog;
import io.salescrm.catalog.api.bundle.BundleCreatedEvent;
import io.salescrm.catalog.api.bundle.BundleItem;
import io.salescrm.catalog.api.bundle.BundlePrice;
import io.salescrm.catalog.api.bundle.CreateBundleCommand;
import io.salescrm.platform.rules.ConflictException;
import io.salescrm.platform.rules.InvalidFieldException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

class BundleTest {

    private static final List<BundleItem> ITEMS = List.of(new BundleItem("laptop", null, BigDecimal.ONE),
            new BundleItem("mouse", "mouse-v1", new BigDecimal("2")));
    private static final BundlePrice RETAIL_RUB = new BundlePrice("retail", "RUB", new BigDecimal("99000.00"));

    private FixtureConfiguration<Bundle> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Bundle.class);
        fixture.registerInjectableResource(new InMemoryCatalog().product("laptop", true).product("mouse", true, "mouse-v1")
                .product("old", false).priceType("retail"));
    }

    @Test
    void aBundleOfActiveProductsAndVariantsIsCreated() {
        fixture.givenNoPriorActivity()
                .when(new CreateBundleCommand("b1", "Office set", null, ITEMS, List.of(RETAIL_RUB)))
                .expectEvents(new BundleCreatedEvent("b1", "Office set", null, ITEMS, List.of(RETAIL_RUB)));
    }

    @Test
    void itemsMustBeActiveProductsAndTheirOwnVariants() {
        fixture.givenNoPriorActivity()
                .when(new CreateBundleCommand("b1", "Set", null, List.of(new BundleItem("old", null, BigDecimal.ONE)), List.of()))
                .expectException(InvalidFieldException.class);
        fixture.givenNoPriorActivity()
                .when(new CreateBundleCommand("b1", "Set", null, List.of(new BundleItem("laptop", "mouse-v1", BigDecimal.ONE)), List.of()))
                .expectException(InvalidFieldException.class);
        fixture.givenNoPriorActivity()
                .when(new CreateBundleCommand("b1", "Set", null, List.of(new BundleItem("laptop", null, BigDecimal.ZERO)), List.of()))
                .expectException(InvalidFieldException.class);
    }

    @Test
    void twoPricesOfOneTypeAndCurrencyAreAConflict() {
        fixture.givenNoPriorActivity()
                .when(new CreateBundleCommand("b1", "Set", null, ITEMS,
                        List.of(RETAIL_RUB, new BundlePrice("retail", "RUB", new BigDecimal("95000.00")))))
                .expectException(ConflictException.class);
    }
}
