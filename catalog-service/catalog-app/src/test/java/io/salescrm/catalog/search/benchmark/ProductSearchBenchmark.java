package io.salescrm.catalog.search.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.catalog.api.product.ProductKind;
import io.salescrm.catalog.api.product.ProductPropertyValue;
import io.salescrm.catalog.api.product.VatRate;
import io.salescrm.catalog.api.property.PropertyType;
import io.salescrm.catalog.product.query.ProductView;
import io.salescrm.catalog.product.query.SearchTokens;
import io.salescrm.catalog.property.query.PropertyView;
import io.salescrm.catalog.section.query.SectionView;
import io.salescrm.catalog.web.CatalogClient;
import io.salescrm.platform.test.ServiceIntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Load harness for product search (not a timed unit test; tagged {@code benchmark}, so {@code mvn verify} skips it).
 * 50,000 products with 5 properties each (two LIST_MULTIPLE, one LIST_SINGLE, NUMBER, TEXT) and 3 variants, in 20
 * sections with 5 sub-sections each, written to the read model with the projection's own search words; then, after a
 * warm-up, {@code GET /products} through HTTP (token check, rights, count and first page of 20) for each kind of
 * query. Prints p50/p95 and writes them to {@code target/benchmark/product-search.txt}. Run it with
 * {@code mvn -B -pl catalog-service/catalog-app test -Dtest=ProductSearchBenchmark -Dcrm.benchmark.excluded=none}.
 */
@Tag("benchmark")
@ServiceIntegrationTest
class ProductSearchBenchmark {

    static final int PRODUCTS = 50_000;
    static final int TOP_SECTIONS = 20;
    static final int SUB_SECTIONS = 5;
    static final int REQUESTS = 100;
    static final int WARM_UP = 10;
    static final String[] NOUNS = {"shirt", "jacket", "kettle", "drill", "laptop", "chair", "lamp", "boots", "router", "sofa"};
    static final String[] ADJECTIVES = {"cotton", "steel", "compact", "premium", "classic", "wireless", "leather", "outdoor"};
    static final String[] COLOURS = {"RED", "BLUE", "GREEN", "BLACK", "WHITE", "GREY", "YELLOW", "ORANGE"};
    static final String[] SIZES = {"XS", "S", "M", "L", "XL", "XXL"};
    static final String[] MATERIALS = {"WOOL", "COTTON", "STEEL", "PLASTIC", "OAK"};

    @Autowired
    TestRestTemplate http;
    @Autowired
    MongoTemplate mongo;

    @Test
    void searchOverFiftyThousandProducts() throws IOException {
        CatalogClient reader = CatalogClient.manager(http);
        PropertyView colour = listProperty("bench-colour", "Colour", PropertyType.LIST_MULTIPLE, COLOURS);
        PropertyView size = listProperty("bench-size", "Size", PropertyType.LIST_MULTIPLE, SIZES);
        PropertyView material = listProperty("bench-material", "Material", PropertyType.LIST_SINGLE, MATERIALS);
        PropertyView weight = new PropertyView("bench-weight", "Weight", PropertyType.NUMBER, "kg", List.of());
        PropertyView brand = new PropertyView("bench-brand", "Brand", PropertyType.TEXT, null, List.of());
        mongo.insertAll(List.of(colour, size, material, weight, brand));
        Map<String, PropertyView> definitions = Map.of(colour.id(), colour, size.id(), size, material.id(), material,
                weight.id(), weight, brand.id(), brand);

        List<String> leafSections = new ArrayList<>();
        List<SectionView> sections = new ArrayList<>();
        for (int t = 0; t < TOP_SECTIONS; t++) {
            sections.add(new SectionView("bench-top-" + t, "Top " + t, null, false));
            for (int s = 0; s < SUB_SECTIONS; s++) {
                sections.add(new SectionView("bench-sub-" + t + "-" + s, "Sub " + t + "-" + s, "bench-top-" + t, false));
                leafSections.add("bench-sub-" + t + "-" + s);
            }
        }
        mongo.insertAll(sections);

        long started = System.nanoTime();
        Random random = new Random(7);
        Instant now = Instant.now();
        List<ProductView> batch = new ArrayList<>();
        for (int i = 0; i < PRODUCTS; i++) {
            String code = "BX" + i;
            String name = ADJECTIVES[random.nextInt(ADJECTIVES.length)] + " " + NOUNS[random.nextInt(NOUNS.length)] + " " + i;
            List<String> colours = List.of(colour.values().get(random.nextInt(COLOURS.length)).valueId(),
                    colour.values().get(random.nextInt(COLOURS.length)).valueId()).stream().distinct().toList();
            String sizeValue = size.values().get(random.nextInt(SIZES.length)).valueId();
            List<ProductPropertyValue> values = List.of(new ProductPropertyValue(colour.id(), colours),
                    new ProductPropertyValue(size.id(), List.of(sizeValue)),
                    new ProductPropertyValue(material.id(), List.of(material.values().get(random.nextInt(MATERIALS.length)).valueId())),
                    new ProductPropertyValue(weight.id(), List.of(Integer.toString(1 + random.nextInt(50)))),
                    new ProductPropertyValue(brand.id(), List.of("Brand" + random.nextInt(300))));
            List<ProductView.Variant> variants = new ArrayList<>();
            for (int v = 1; v <= 3; v++) {
                variants.add(new ProductView.Variant(code + "-v" + v, code + "-" + COLOURS[(i + v) % COLOURS.length] + "-" + v,
                        Map.of(colour.id(), colours.get(0)), null));
            }
            ProductView product = new ProductView("bench-" + i, code, ProductKind.PRODUCT, name, "A " + name + " for benchmarks",
                    leafSections.get(random.nextInt(leafSections.size())), "pcs", VatRate.VAT_20, random.nextInt(10) > 0, values,
                    List.of(colour.id()), variants, List.of(), now.minusSeconds(random.nextInt(3_000_000)), List.of(), List.of(), null);
            batch.add(SearchTokens.indexed(product, definitions));
            if (batch.size() == 2_000) {
                mongo.insert(batch, ProductView.class);
                batch.clear();
            }
        }
        long loadMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();

        String red = colour.values().get(0).valueId();
        List<String[]> queries = List.of(
                new String[]{"text, one word (q=cotton)", "/products?q=cotton"},
                new String[]{"text, two word prefixes (q=prem lap)", "/products?q=prem lap"},
                new String[]{"SKU fragment (q=BX4711)", "/products?q=BX4711"},
                new String[]{"property value word (q=yellow)", "/products?q=yellow"},
                new String[]{"section with its 5 sub-sections", "/products?sectionId=bench-top-3"},
                new String[]{"property filter (colour = red)", "/products?property." + colour.id() + "=" + red},
                new String[]{"text + section + property + active", "/products?q=steel&sectionId=bench-top-5&property."
                                                                   + colour.id() + "=" + red + "&active=true"},
                new String[]{"no filter, sorted by name", "/products"});

        List<String> report = new ArrayList<>();
        report.add(String.format(Locale.ROOT, "products=%d (5 properties, 3 variants each) sections=%d; written to the read model in %d ms",
                PRODUCTS, sections.size(), loadMillis));
        List<Double> all = new ArrayList<>();
        for (String[] query : queries) {
            report.add(measure(reader, query[0], query[1], all));
        }
        double[] overall = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        report.add(String.format(Locale.ROOT, "%-55s n=%d p50=%7.1f ms p95=%7.1f ms", "ALL QUERIES (the mix above)", overall.length,
                overall[overall.length / 2], overall[(int) Math.ceil(overall.length * 0.95) - 1]));
        report.forEach(System.out::println);
        Path out = Path.of("target", "benchmark", "product-search.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
    }

    private static PropertyView listProperty(String id, String name, PropertyType type, String[] codes) {
        List<PropertyView.Value> values = Arrays.stream(codes)
                .map(code -> new PropertyView.Value(id + "-" + code, code, code.charAt(0) + code.substring(1).toLowerCase(Locale.ROOT), false))
                .toList();
        return new PropertyView(id, name, type, null, values);
    }

    private static String measure(CatalogClient reader, String what, String path, List<Double> all) {
        long found = 0;
        for (int i = 0; i < WARM_UP; i++) {
            ResponseEntity<JsonNode> page = reader.get(path);
            assertThat(page.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
            found = page.getBody().get("totalItems").asLong();
        }
        double[] millis = new double[REQUESTS];
        for (int i = 0; i < REQUESTS; i++) {
            long t = System.nanoTime();
            reader.get(path);
            millis[i] = (System.nanoTime() - t) / 1e6;
            all.add(millis[i]);
        }
        Arrays.sort(millis);
        return String.format(Locale.ROOT, "%-55s hits=%6d n=%d p50=%7.1f ms p95=%7.1f ms", what, found, REQUESTS,
                millis[REQUESTS / 2], millis[(int) Math.ceil(REQUESTS * 0.95) - 1]);
    }
}
