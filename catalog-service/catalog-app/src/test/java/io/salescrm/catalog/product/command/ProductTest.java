package io.salescrm.catalog.product.command;

import io.salescrm.catalog.InMemoryCatalog;
import io.salescrm.catalog.api.price.AddPriceCommand;
import io.salescrm.catalog.api.price.ChangePriceCommand;
import io.salescrm.catalog.api.price.PriceSetEvent;
import io.salescrm.catalog.api.product.AddVariantAxisValueCommand;
import io.salescrm.catalog.api.product.ChangeProductCommand;
import io.salescrm.catalog.api.product.ChangeVariantCommand;
import io.salescrm.catalog.api.product.CreateProductCommand;
import io.salescrm.catalog.api.product.GenerateVariantsCommand;
import io.salescrm.catalog.api.product.ProductChangedEvent;
import io.salescrm.catalog.api.product.ProductCreatedEvent;
import io.salescrm.catalog.api.product.ProductKind;
import io.salescrm.catalog.api.product.ProductPropertyValue;
import io.salescrm.catalog.api.product.ProductVariant;
import io.salescrm.catalog.api.product.VariantAxisValueAddedEvent;
import io.salescrm.catalog.api.product.VariantChangedEvent;
import io.salescrm.catalog.api.product.VariantsAddedEvent;
import io.salescrm.catalog.api.product.VatRate;
import io.salescrm.catalog.api.property.ListValue;
import io.salescrm.catalog.api.property.PropertyType;
import io.salescrm.catalog.reference.CatalogReferences.SectionStatus;
import io.salescrm.catalog.reference.NotFoundProblem;
import io.salescrm.platform.rules.ConflictException;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.rules.RuleViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProductTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final String COLOUR = "colour";
    private static final String SIZE = "size";
    private static final String WEIGHT = "weight";

    private FixtureConfiguration<Product> fixture;
    private InMemoryCatalog catalog;

    @BeforeEach
    void setUp() {
        catalog = new InMemoryCatalog()
                .property(COLOUR, PropertyType.LIST_MULTIPLE, new ListValue("red", "RED", "Red"),
                        new ListValue("blue", "BLUE", "Blue"), new ListValue("green", "GREEN", "Green"))
                .property(SIZE, PropertyType.LIST_MULTIPLE, new ListValue("s", "S", "Small"), new ListValue("m", "M", "Medium"))
                .property(WEIGHT, PropertyType.NUMBER)
                .section("shirts", SectionStatus.ACTIVE)
                .section("old", SectionStatus.ARCHIVED)
                .priceType("retail");
        fixture = new AggregateTestFixture<>(Product.class);
        fixture.registerInjectableResource(catalog);
    }

    @Test
    void aProductIsCreatedWithCanonicalPropertyValuesAndClaimsItsCode() {
        fixture.givenCurrentTime(NOW)
                .when(create("p1", "TSHIRT", List.of(value(WEIGHT, "0.250"), value(COLOUR, "red"))))
                .expectEvents(new ProductCreatedEvent("p1", "TSHIRT", ProductKind.PRODUCT, "T-shirt", null, "shirts", "pcs",
                        VatRate.VAT_20, List.of(value(WEIGHT, "0.25"), value(COLOUR, "red")), NOW));
        assertThat(catalog.holds("tshirt")).isTrue();
    }

    @Test
    void anUnknownPropertyIsRefusedNamingIt() {
        fixture.givenNoPriorActivity().when(create("p1", "TSHIRT", List.of(value("no-such", "x"))))
                .expectException(InvalidFieldException.class)
                .expectExceptionMessage("is not a property of the catalog")
                .expectNoEvents();
    }

    @Test
    void aValueOfTheWrongTypeIsRefused() {
        fixture.givenNoPriorActivity().when(create("p1", "TSHIRT", List.of(value(WEIGHT, "heavy"))))
                .expectException(InvalidFieldException.class)
                .expectExceptionMessage("must be a number (NUMBER)");
        fixture.givenNoPriorActivity().when(create("p2", "TSHIRT2", List.of(value(COLOUR, "purple"))))
                .expectException(InvalidFieldException.class);
    }

    @Test
    void aRetiredListValueCannotBeTakenNewly() {
        catalog.retire(COLOUR, "green");
        fixture.givenNoPriorActivity().when(create("p1", "TSHIRT", List.of(value(COLOUR, "green"))))
                .expectException(InvalidFieldException.class)
                .expectExceptionMessage("value green is retired");
    }

    @Test
    void anArchivedOrUnknownSectionIsRefused() {
        fixture.givenNoPriorActivity().when(new CreateProductCommand("p1", "X1", ProductKind.SERVICE, "Setup", null, "old", "hour", VatRate.NO_VAT, List.of()))
                .expectException(InvalidFieldException.class);
        fixture.givenNoPriorActivity().when(new CreateProductCommand("p2", "X2", ProductKind.SERVICE, "Setup", null, "nowhere", "hour", VatRate.NO_VAT, List.of()))
                .expectException(InvalidFieldException.class);
    }

    @Test
    void aCodeInUseAnywhereInTheCatalogIsAConflict() {
        catalog.takenSku("TSHIRT");
        fixture.givenNoPriorActivity().when(create("p1", "tshirt", List.of()))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void variantsAreGeneratedForEveryCombinationWithSkusFromTheCodes() {
        fixture.given(created())
                .when(new GenerateVariantsCommand("p1", List.of(COLOUR, SIZE)))
                .expectEvents(new VariantsAddedEvent("p1", List.of(COLOUR, SIZE), List.of(
                        variant("p1-v1", "TSHIRT-RED-S", "red", "s"),
                        variant("p1-v2", "TSHIRT-RED-M", "red", "m"),
                        variant("p1-v3", "TSHIRT-BLUE-S", "blue", "s"),
                        variant("p1-v4", "TSHIRT-BLUE-M", "blue", "m"))));
        assertThat(catalog.holds("TSHIRT-BLUE-M")).isTrue();
    }

    @Test
    void generatingAgainAddsNothing() {
        fixture.given(created(), generated())
                .when(new GenerateVariantsCommand("p1", List.of(COLOUR, SIZE)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void otherAxesThanTheChosenOnesAreRefused() {
        fixture.given(created(), generated())
                .when(new GenerateVariantsCommand("p1", List.of(COLOUR)))
                .expectException(RuleViolationException.class);
        fixture.given(created())
                .when(new GenerateVariantsCommand("p1", List.of(WEIGHT)))
                .expectException(InvalidFieldException.class);
    }

    @Test
    void aNewAxisValueAddsOnlyTheMissingVariantsAndLeavesTheOthersAlone() {
        fixture.given(created(), generated(),
                        new VariantChangedEvent("p1", "p1-v1", "CUSTOM-SKU", false))
                .when(new AddVariantAxisValueCommand("p1", COLOUR, "green"))
                .expectEvents(new VariantAxisValueAddedEvent("p1", COLOUR, "green"),
                        new VariantsAddedEvent("p1", List.of(COLOUR, SIZE), List.of(
                                variant("p1-v5", "TSHIRT-GREEN-S", "green", "s"),
                                variant("p1-v6", "TSHIRT-GREEN-M", "green", "m"))));
    }

    @Test
    void changingTheProductWithAMoreAxisValuesAddsTheirVariants() {
        List<ProductPropertyValue> more = List.of(value(COLOUR, "red", "blue", "green"), value(SIZE, "s", "m"));
        fixture.given(created(), generated())
                .when(new ChangeProductCommand("p1", "T-shirt", null, "shirts", "pcs", VatRate.VAT_20, more))
                .expectEvents(new ProductChangedEvent("p1", "T-shirt", null, "shirts", "pcs", VatRate.VAT_20, more),
                        new VariantsAddedEvent("p1", List.of(COLOUR, SIZE), List.of(
                                variant("p1-v5", "TSHIRT-GREEN-S", "green", "s"),
                                variant("p1-v6", "TSHIRT-GREEN-M", "green", "m"))));
    }

    @Test
    void anAxisValueUsedByVariantsCannotBeRemoved() {
        fixture.given(created(), generated())
                .when(new ChangeProductCommand("p1", "T-shirt", null, "shirts", "pcs", VatRate.VAT_20,
                        List.of(value(COLOUR, "red"), value(SIZE, "s", "m"))))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void aVariantSkuTakenElsewhereIsAConflictAndAFreeOneMovesTheClaim() {
        catalog.takenSku("OTHER-1");
        fixture.given(created(), generated())
                .when(new ChangeVariantCommand("p1", "p1-v1", "OTHER-1", null))
                .expectException(ConflictException.class);
        fixture.given(created(), generated())
                .when(new ChangeVariantCommand("p1", "p1-v1", "TS-1", true))
                .expectEvents(new VariantChangedEvent("p1", "p1-v1", "TS-1", true));
        assertThat(catalog.holds("TS-1")).isTrue();
    }

    @Test
    void aSecondPriceForTheSameTypeAndCurrencyIsAConflictButAnotherCurrencyIsNot() {
        PriceSetEvent retailRub = new PriceSetEvent("p1", null, "retail", "RUB", new BigDecimal("990.00"));
        fixture.given(created(), retailRub)
                .when(new AddPriceCommand("p1", null, "retail", "RUB", new BigDecimal("1000.00")))
                .expectException(ConflictException.class);
        fixture.given(created(), retailRub)
                .when(new AddPriceCommand("p1", null, "retail", "USD", new BigDecimal("12.50")))
                .expectEvents(new PriceSetEvent("p1", null, "retail", "USD", new BigDecimal("12.50")));
    }

    @Test
    void aVariantPriceOverridesOnlyForAnExistingVariantAndChangingNeedsAPrice() {
        fixture.given(created(), generated())
                .when(new AddPriceCommand("p1", "p1-v9", "retail", "RUB", BigDecimal.TEN))
                .expectException(NotFoundProblem.class);
        fixture.given(created(), generated())
                .when(new ChangePriceCommand("p1", "p1-v1", "retail", "RUB", BigDecimal.TEN))
                .expectException(NotFoundProblem.class);
        fixture.given(created(), generated())
                .when(new AddPriceCommand("p1", "p1-v1", "retail", "RUB", new BigDecimal("1090.00")))
                .expectEvents(new PriceSetEvent("p1", "p1-v1", "retail", "RUB", new BigDecimal("1090.00")));
    }

    @Test
    void pricesNeedAKnownTypeACurrencyAndAnAmountInItsMinorUnit() {
        fixture.given(created()).when(new AddPriceCommand("p1", null, "wholesale", "RUB", BigDecimal.TEN))
                .expectException(InvalidFieldException.class);
        fixture.given(created()).when(new AddPriceCommand("p1", null, "retail", "XXY", BigDecimal.TEN))
                .expectException(InvalidFieldException.class);
        fixture.given(created()).when(new AddPriceCommand("p1", null, "retail", "RUB", new BigDecimal("1.001")))
                .expectException(InvalidFieldException.class);
        fixture.given(created()).when(new AddPriceCommand("p1", null, "retail", "RUB", new BigDecimal("-1")))
                .expectException(InvalidFieldException.class);
    }

    private static CreateProductCommand create(String id, String code, List<ProductPropertyValue> values) {
        return new CreateProductCommand(id, code, ProductKind.PRODUCT, " T-shirt ", null, "shirts", "pcs", VatRate.VAT_20, values);
    }

    private static ProductCreatedEvent created() {
        return new ProductCreatedEvent("p1", "TSHIRT", ProductKind.PRODUCT, "T-shirt", null, "shirts", "pcs", VatRate.VAT_20,
                List.of(value(COLOUR, "red", "blue"), value(SIZE, "s", "m")), NOW);
    }

    private static VariantsAddedEvent generated() {
        return new VariantsAddedEvent("p1", List.of(COLOUR, SIZE), List.of(
                variant("p1-v1", "TSHIRT-RED-S", "red", "s"), variant("p1-v2", "TSHIRT-RED-M", "red", "m"),
                variant("p1-v3", "TSHIRT-BLUE-S", "blue", "s"), variant("p1-v4", "TSHIRT-BLUE-M", "blue", "m")));
    }

    private static ProductVariant variant(String id, String sku, String colour, String size) {
        return new ProductVariant(id, sku, Map.of(COLOUR, colour, SIZE, size));
    }

    private static ProductPropertyValue value(String propertyId, String... values) {
        return new ProductPropertyValue(propertyId, List.of(values));
    }
}
