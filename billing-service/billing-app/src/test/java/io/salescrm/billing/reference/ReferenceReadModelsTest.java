package io.salescrm.billing.reference;

import io.salescrm.billing.reference.catalog.CatalogReferences;
import io.salescrm.billing.reference.deal.DealReferences;
import io.salescrm.billing.reference.employee.EmployeeReferences;
import io.salescrm.billing.reference.party.CompanyReference;
import io.salescrm.billing.reference.party.PartyReferences;
import io.salescrm.catalog.api.CatalogTopic;
import io.salescrm.catalog.api.price.PriceSetEvent;
import io.salescrm.catalog.api.product.ProductCreatedEvent;
import io.salescrm.catalog.api.product.ProductKind;
import io.salescrm.catalog.api.product.VatRate;
import io.salescrm.catalog.api.promotion.DiscountKind;
import io.salescrm.catalog.api.promotion.PromotionCancelledEvent;
import io.salescrm.catalog.api.promotion.PromotionTarget;
import io.salescrm.catalog.api.promotion.PromotionTargetType;
import io.salescrm.pipeline.api.PipelineTopic;
import io.salescrm.pipeline.api.company.CompanyAssignedEvent;
import io.salescrm.pipeline.api.company.CompanyMergedIntoEvent;
import io.salescrm.pipeline.api.contact.ContactLinkedToCompanyEvent;
import io.salescrm.pipeline.api.deal.DealCompanySetEvent;
import io.salescrm.pipeline.api.deal.DealContactAttachedEvent;
import io.salescrm.pipeline.api.deal.DealProductRowsSetEvent;
import io.salescrm.pipeline.api.deal.DealReassignedEvent;
import io.salescrm.platform.test.SalesTeam;
import io.salescrm.platform.test.ServiceIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Billing's read models of other services' data, fed through the embedded Kafka exactly as those services publish. */
@ServiceIntegrationTest
class ReferenceReadModelsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    PartyReferences parties;
    @Autowired
    DealReferences deals;
    @Autowired
    CatalogReferences catalog;
    @Autowired
    EmployeeReferences employees;

    private ReferenceMother mother;
    private SalesTeam team;

    @BeforeEach
    void connect() {
        mother = new ReferenceMother();
        team = SalesTeam.shared();
    }

    @AfterEach
    void disconnect() {
        mother.close();
    }

    @Test
    void companiesKeepTheirRequisitesResponsibleAndMergeSurvivor() {
        String company = mother.company("ООО Ромашка", team.managerA1());
        String survivor = mother.company("ООО Лютик", team.managerA2());
        mother.publish(PipelineTopic.NAME, "Company", company, new CompanyAssignedEvent(company, team.managerA2(), team.managerA1(), Instant.now()));

        eventually().untilAsserted(() -> {
            CompanyReference read = parties.company(company).orElseThrow();
            assertThat(read.printedName()).isEqualTo("ООО Ромашка");
            assertThat(read.taxId()).isEqualTo("7707083893");
            assertThat(read.kpp()).isEqualTo("773601001");
            assertThat(read.legalAddress()).isEqualTo("125009, Москва, Москва, ул. Тверская, д. 1");
            assertThat(read.bank().bic()).isEqualTo("044525225");
            assertThat(read.responsibleId()).isEqualTo(team.managerA2());
        });

        mother.publish(PipelineTopic.NAME, "Company", company, new CompanyMergedIntoEvent(company, survivor, Instant.now()));
        eventually().untilAsserted(() ->
                assertThat(parties.company(company).orElseThrow().printedName()).isEqualTo("ООО Лютик"));
    }

    @Test
    void contactsKeepNamesEmailsAndCompanyLinks() {
        String company = mother.company("ООО Ромашка", team.managerA1());
        String contact = mother.contact("Иван", "Петров", "ivan@romashka.example", null, team.managerA1());
        mother.publish(PipelineTopic.NAME, "Contact", contact, new ContactLinkedToCompanyEvent(contact, company));
        var redelivery = mother.lastRecord();
        mother.kafka().send(redelivery);

        eventually().untilAsserted(() -> {
            var read = parties.contact(contact).orElseThrow();
            assertThat(read.fullName()).isEqualTo("Петров Иван");
            assertThat(read.primaryEmail()).isEqualTo("ivan@romashka.example");
            assertThat(read.companyIds()).containsExactly(company);
        });
    }

    @Test
    void dealsAndEmployeesAreReadable() {
        String deal = mother.deal("Поставка", "RUB", team.managerA1());
        eventually().untilAsserted(() -> {
            assertThat(deals.deal(deal).orElseThrow().responsibleId()).isEqualTo(team.managerA1());
            assertThat(employees.employee(team.managerA1()).orElseThrow().fullName()).isEqualTo("Manager A1");
        });
    }

    @Test
    void dealsFollowTheirProductRowsCompanyContactsAndResponsible() {
        String company = mother.company("ООО Ромашка", team.managerA1());
        String contact = mother.contact("Иван", "Петров", null, company, team.managerA1());
        String deal = mother.deal("Кресла", "RUB", team.managerA1(), null, null,
                List.of(ReferenceMother.row("product-1", "Кресло", "2", "1200.00")));
        var rows = List.of(ReferenceMother.row("product-1", "Кресло", "3", "1200.00"), ReferenceMother.row(null, "Доставка", "1", "600.00"));
        mother.publish(PipelineTopic.NAME, "Deal", deal, new DealProductRowsSetEvent(deal, rows, new BigDecimal("4200.00"), "RUB",
                "RUB", BigDecimal.ONE, new BigDecimal("4200.00"), Instant.now()));
        mother.publish(PipelineTopic.NAME, "Deal", deal, new DealCompanySetEvent(deal, company));
        mother.publish(PipelineTopic.NAME, "Deal", deal, new DealContactAttachedEvent(deal, contact));
        mother.kafka().send(mother.lastRecord());
        mother.publish(PipelineTopic.NAME, "Deal", deal, new DealReassignedEvent(deal, team.managerA1(), team.managerA2(), Instant.now()));

        eventually().untilAsserted(() -> {
            var read = deals.deal(deal).orElseThrow();
            assertThat(read.rows()).extracting(r -> r.name()).containsExactly("Кресло", "Доставка");
            assertThat(read.rows().get(0).quantity()).isEqualByComparingTo("3");
            assertThat(read.companyId()).isEqualTo(company);
            assertThat(read.contactIds()).containsExactly(contact);
            assertThat(read.responsibleId()).isEqualTo(team.managerA2());
            assertThat(read.amount()).isEqualByComparingTo("4200.00");
        });
    }

    @Test
    void pricesResolveWithTheBestPromotionOfTheProductOrAnySectionAboveIt() {
        String priceType = mother.priceType("Розница", false);
        String top = mother.section(null);
        String leaf = mother.section(top);
        String product = mother.product("Кресло", VatRate.VAT_20, leaf);
        mother.price(product, priceType, "RUB", "1000.00");
        Instant now = Instant.now();
        Instant from = now.minus(1, ChronoUnit.DAYS);
        Instant to = now.plus(1, ChronoUnit.DAYS);
        mother.promotion(DiscountKind.PERCENT, "10", null, new PromotionTarget(PromotionTargetType.SECTION, top), 1, from, to);
        String better = mother.promotion(DiscountKind.FIXED, "150.00", "RUB", new PromotionTarget(PromotionTargetType.PRODUCT, product), 1, from, to);
        mother.promotion(DiscountKind.PERCENT, "50", null, new PromotionTarget(PromotionTargetType.PRODUCT, product), 5,
                now.plus(2, ChronoUnit.DAYS), now.plus(3, ChronoUnit.DAYS));

        eventually().untilAsserted(() -> {
            var price = catalog.price(product, null, priceType, "RUB", now).orElseThrow();
            assertThat(price.basePrice()).isEqualTo(new BigDecimal("1000.00"));
            assertThat(price.promotionId()).isEqualTo(better);
            assertThat(price.price()).isEqualTo(new BigDecimal("850.00"));
            assertThat(price.vatRate()).isEqualTo(VatRate.VAT_20);
            assertThat(catalog.price(product, null, priceType, "USD", now)).isEmpty();
        });

        mother.publish(CatalogTopic.NAME, "Promotion", better, new PromotionCancelledEvent(better, now.minusSeconds(1)));
        eventually().untilAsserted(() ->
                assertThat(catalog.price(product, null, priceType, "RUB", now).orElseThrow().price()).isEqualTo(new BigDecimal("900.00")));
    }

    @Test
    void aRedeliveredOrReplayedOlderEventChangesNothing() {
        String priceType = mother.priceType("Опт", false);
        String product = mother.product("Стол", VatRate.VAT_20, null);
        mother.price(product, priceType, "RUB", "500.00");
        var firstPrice = mother.lastRecord();
        mother.publish(CatalogTopic.NAME, "Product", product, new PriceSetEvent(product, null, priceType, "RUB", new BigDecimal("600.00")));
        eventually().untilAsserted(() ->
                assertThat(catalog.price(product, null, priceType, "RUB", Instant.now()).orElseThrow().price()).isEqualTo(new BigDecimal("600.00")));

        int partition = mother.kafka().send(firstPrice).partition();
        // A marker behind the duplicate in the same partition: once it is read, so was the duplicate.
        String marker = ReferenceMother.newId("product");
        mother.kafka().sendTo(partition, mother.kafka().record(CatalogTopic.NAME, "Product", marker, 0,
                new ProductCreatedEvent(marker, "M", ProductKind.PRODUCT, "Маркер", null, null, "шт", VatRate.VAT_20, List.of(), Instant.now())));
        eventually().until(() -> catalog.product(marker).isPresent());
        assertThat(catalog.price(product, null, priceType, "RUB", Instant.now()).orElseThrow().price()).isEqualTo(new BigDecimal("600.00"));
    }

    @Test
    void theLatestTemplateVersionIsKept() {
        String template = mother.offerTemplate("Здравствуйте, {{contact.firstName}}!");
        eventually().untilAsserted(() ->
                assertThat(catalog.template(template).orElseThrow().body()).isEqualTo("Здравствуйте, {{contact.firstName}}!"));
    }

    /** Until the read model has caught up; a finder's empty answer meanwhile is not a failure. */
    private static org.awaitility.core.ConditionFactory eventually() {
        return await().atMost(PATIENCE).ignoreExceptions();
    }
}
