package io.salescrm.billing.reference;

import io.salescrm.catalog.api.CatalogTopic;
import io.salescrm.catalog.api.price.PriceSetEvent;
import io.salescrm.catalog.api.price.PriceTypeDefinedEvent;
import io.salescrm.catalog.api.product.ProductCreatedEvent;
import io.salescrm.catalog.api.product.ProductKind;
import io.salescrm.catalog.api.product.VatRate;
import io.salescrm.catalog.api.promotion.DiscountKind;
import io.salescrm.catalog.api.promotion.PromotionCreatedEvent;
import io.salescrm.catalog.api.promotion.PromotionTarget;
import io.salescrm.catalog.api.section.SectionCreatedEvent;
import io.salescrm.catalog.api.template.TemplateCreatedEvent;
import io.salescrm.catalog.api.template.TemplateKind;
import io.salescrm.pipeline.api.PipelineTopic;
import io.salescrm.pipeline.api.company.BankDetails;
import io.salescrm.pipeline.api.company.CompanyAddresses;
import io.salescrm.pipeline.api.company.CompanyCreatedEvent;
import io.salescrm.pipeline.api.company.CompanyDetails;
import io.salescrm.pipeline.api.company.CompanySize;
import io.salescrm.pipeline.api.contact.ContactCreatedEvent;
import io.salescrm.pipeline.api.contact.ContactDetails;
import io.salescrm.pipeline.api.contact.PersonName;
import io.salescrm.pipeline.api.contact.PostalAddress;
import io.salescrm.pipeline.api.deal.DealCreatedEvent;
import io.salescrm.pipeline.api.deal.ProductRow;
import io.salescrm.pipeline.api.pipeline.DefaultPipeline;
import io.salescrm.platform.test.EmbeddedInfrastructure;
import io.salescrm.platform.test.KafkaEventWriter;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes pipeline and catalog events to their topics as those services would (keyed by aggregate, sequence
 * numbers continuing per aggregate across the JVM), so billing's reference read models can be fed without them.
 * Every method returns the new aggregate's id; {@link #lastRecord()} is the record just sent, for redelivery tests.
 */
public final class ReferenceMother implements AutoCloseable {

    public static final String PRICE_TYPE_LIST = "price-types";
    public static final String SECTION_TREE = "catalog-sections";

    private static final Map<String, AtomicLong> SEQUENCES = new ConcurrentHashMap<>();

    private final KafkaEventWriter kafka = new KafkaEventWriter(EmbeddedInfrastructure.kafkaBootstrapServers());
    private ProducerRecord<String, byte[]> lastRecord;

    public static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    public static CompanyDetails requisites(String legalName) {
        return new CompanyDetails(legalName, legalName, "7707083893", "773601001", "1027700132195", "Retail",
                CompanySize.UP_TO_10, null, List.of(), List.of("office@romashka.example"),
                new CompanyAddresses(new PostalAddress("125009", "RU", "Москва", "Москва", "ул. Тверская, д. 1"), null, null),
                new BankDetails("ПАО Сбербанк", "044525225", "40702810938000000001", "30101810400000000225"),
                null, Map.of());
    }

    public String company(String legalName, String responsibleId) {
        String id = newId("company");
        publish(PipelineTopic.NAME, "Company", id,
                new CompanyCreatedEvent(id, requisites(legalName), responsibleId, false, null, Instant.now()));
        return id;
    }

    public String contact(String first, String last, String email, String companyId, String responsibleId) {
        String id = newId("contact");
        ContactDetails details = new ContactDetails(new PersonName(first, last, null), "Директор", List.of(),
                email == null ? List.of() : List.of(email), List.of(), null, null, null, null, Map.of());
        publish(PipelineTopic.NAME, "Contact", id, new ContactCreatedEvent(id, details, responsibleId, false, null,
                companyId == null ? List.of() : List.of(companyId), Instant.now()));
        return id;
    }

    public String deal(String title, String currency, String responsibleId) {
        String id = newId("deal");
        publish(PipelineTopic.NAME, "Deal", id, new DealCreatedEvent(id, title, BigDecimal.ZERO, currency, "RUB",
                BigDecimal.ONE, BigDecimal.ZERO, Instant.now(), responsibleId, false, DefaultPipeline.ID,
                DefaultPipeline.FIRST_STAGE, DefaultPipeline.FIRST_STAGE_PROBABILITY, null, null, null, null, null, null,
                null, null, null));
        return id;
    }

    /** A deal of {@code companyId} and {@code contactId} with product rows (amount: the rows' totals). */
    public String deal(String title, String currency, String responsibleId, String companyId, String contactId, List<ProductRow> rows) {
        String id = newId("deal");
        BigDecimal amount = rows.stream().map(ProductRow::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        publish(PipelineTopic.NAME, "Deal", id, new DealCreatedEvent(id, title, amount, currency, "RUB",
                BigDecimal.ONE, amount, Instant.now(), responsibleId, false, DefaultPipeline.ID,
                DefaultPipeline.FIRST_STAGE, DefaultPipeline.FIRST_STAGE_PROBABILITY, rows, companyId,
                contactId == null ? List.of() : List.of(contactId), null, null, null, null, null, null));
        return id;
    }

    /** A deal row of {@code quantity} x {@code priceWithVat} at 20 % VAT, no discount. */
    public static ProductRow row(String productId, String name, String quantity, String priceWithVat) {
        BigDecimal total = new BigDecimal(quantity).multiply(new BigDecimal(priceWithVat));
        return new ProductRow(newId("row"), productId, null, name, null, new BigDecimal(priceWithVat), new BigDecimal(quantity),
                null, null, new BigDecimal("20"), total);
    }

    public String priceType(String name, boolean base) {
        String id = newId("price-type");
        publish(CatalogTopic.NAME, "PriceTypeList", PRICE_TYPE_LIST, new PriceTypeDefinedEvent(PRICE_TYPE_LIST, id, name, base));
        return id;
    }

    public String section(String parentSectionId) {
        String id = newId("section");
        publish(CatalogTopic.NAME, "SectionTree", SECTION_TREE, new SectionCreatedEvent(SECTION_TREE, id, id, parentSectionId));
        return id;
    }

    public String product(String name, VatRate vatRate, String sectionId) {
        String id = newId("product");
        publish(CatalogTopic.NAME, "Product", id, new ProductCreatedEvent(id, "SKU-" + id.substring(8, 16), ProductKind.PRODUCT,
                name, null, sectionId, "шт", vatRate, List.of(), Instant.now()));
        return id;
    }

    public void price(String productId, String priceTypeId, String currency, String amount) {
        publish(CatalogTopic.NAME, "Product", productId, new PriceSetEvent(productId, null, priceTypeId, currency, new BigDecimal(amount)));
    }

    public String promotion(DiscountKind kind, String value, String currency, PromotionTarget target, int priority,
                            Instant from, Instant to) {
        String id = newId("promotion");
        publish(CatalogTopic.NAME, "Promotion", id, new PromotionCreatedEvent(id, "Акция " + value, kind, new BigDecimal(value),
                currency, List.of(target), from, to, priority));
        return id;
    }

    public String offerTemplate(String body) {
        String id = newId("template");
        publish(CatalogTopic.NAME, "Template", id, new TemplateCreatedEvent(id, TemplateKind.OFFER, "Offer", "Предложение",
                body, 1, Instant.now(), "author"));
        return id;
    }

    /** Publishes any further event of an aggregate (its sequence number continues). */
    public void publish(String topic, String aggregateType, String aggregateId, Object event) {
        long sequence = SEQUENCES.computeIfAbsent(aggregateId, id -> new AtomicLong(-1)).incrementAndGet();
        lastRecord = kafka.record(topic, aggregateType, aggregateId, sequence, event);
        kafka.send(lastRecord);
    }

    public ProducerRecord<String, byte[]> lastRecord() {
        return lastRecord;
    }

    public KafkaEventWriter kafka() {
        return kafka;
    }

    @Override
    public void close() {
        kafka.close();
    }
}
