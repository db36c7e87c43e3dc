package io.salescrm.catalog.csv;

import io.salescrm.catalog.api.product.ProductPropertyValue;
import io.salescrm.catalog.product.query.ProductView;
import io.salescrm.catalog.property.query.PropertyView;
import org.apache.commons.csv.CSVFormat;
import org.bson.Document;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Writes every product as CSV (see {@link ProductCsvColumns}), streamed from the read model in code order. */
@Component
public class ProductCsvExport {

    private final MongoTemplate mongo;

    public ProductCsvExport(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void write(Writer out) throws IOException {
        Map<String, PropertyView> properties = new LinkedHashMap<>();
        mongo.find(new Query().with(Sort.by("name", "_id")), PropertyView.class).forEach(p -> properties.put(p.id(), p));
        List<String> prices = priceColumns();
        List<String> header = new ArrayList<>(ProductCsvColumns.FIXED);
        properties.keySet().forEach(id -> header.add(ProductCsvColumns.property(id)));
        header.addAll(prices);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get());
             Stream<ProductView> products = mongo.stream(new Query().with(Sort.by("code")), ProductView.class)) {
            for (ProductView product : (Iterable<ProductView>) products::iterator) {
                List<String> row = new ArrayList<>(List.of(product.code(), product.kind().name(), product.name(),
                        Objects.toString(product.description(), ""), Objects.toString(product.sectionId(), ""), product.unit(),
                        product.vatRate().name(), Boolean.toString(product.active())));
                properties.values().forEach(definition -> row.add(cell(product, definition)));
                prices.forEach(column -> row.add(price(product, column)));
                csv.printRecord(row);
            }
        }
    }

    /** One column per price type and currency any product has a price in. */
    private List<String> priceColumns() {
        TreeSet<String> columns = new TreeSet<>();
        Query withPrices = new Query();
        withPrices.fields().include("prices");
        try (Stream<Document> products = mongo.stream(withPrices, Document.class, ProductView.COLLECTION)) {
            products.forEach(p -> p.getList("prices", Document.class, List.of()).stream()
                    .filter(price -> price.getString("variantId") == null)
                    .forEach(price -> columns.add(ProductCsvColumns.price(price.getString("priceTypeId"), price.getString("currency")))));
        }
        return List.copyOf(columns);
    }

    private static String cell(ProductView product, PropertyView definition) {
        List<String> values = product.properties().stream().filter(v -> v.propertyId().equals(definition.id()))
                .findFirst().map(ProductPropertyValue::values).orElse(List.of());
        if (!definition.type().isList()) {
            return values.isEmpty() ? "" : values.get(0);
        }
        List<String> codes = new ArrayList<>();
        for (String valueId : values) {
            definition.values().stream().filter(v -> v.valueId().equals(valueId)).findFirst().ifPresent(v -> codes.add(v.code()));
        }
        return String.join(ProductCsvColumns.LIST_SEPARATOR, codes);
    }

    private static String price(ProductView product, String column) {
        return product.prices().stream()
                .filter(p -> p.variantId() == null && ProductCsvColumns.price(p.priceTypeId(), p.currency()).equals(column))
                .findFirst().map(p -> p.amount().toPlainString()).orElse("");
    }
}
