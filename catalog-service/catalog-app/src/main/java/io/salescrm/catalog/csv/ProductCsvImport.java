package io.salescrm.catalog.csv;

import io.salescrm.catalog.api.price.AddPriceCommand;
import io.salescrm.catalog.api.price.ChangePriceCommand;
import io.salescrm.catalog.api.product.ArchiveProductCommand;
import io.salescrm.catalog.api.product.ChangeProductCommand;
import io.salescrm.catalog.api.product.CreateProductCommand;
import io.salescrm.catalog.api.product.ProductKind;
import io.salescrm.catalog.api.product.ProductPropertyValue;
import io.salescrm.catalog.api.product.RestoreProductCommand;
import io.salescrm.catalog.api.product.VatRate;
import io.salescrm.catalog.price.query.PriceTypeView;
import io.salescrm.catalog.property.query.PropertyView;
import io.salescrm.catalog.reference.NotFoundProblem;
import io.salescrm.catalog.sku.SkuRegistry;
import io.salescrm.platform.rules.ConflictException;
import io.salescrm.platform.rules.InvalidFieldException;
import io.salescrm.platform.rules.RuleViolationException;
import io.salescrm.platform.web.RequestSizeLimitFilter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Reads products from CSV (see {@link ProductCsvColumns}) record by record as the body streams in: a row whose code
 * is known changes that product, otherwise it creates one; non-empty price cells set the product's price for that
 * type and currency; {@code active} archives or restores. Each row goes through the same commands as the API, so
 * the same rules apply; a refused row is reported with its line and field and the import goes on.
 */
@Component
public class ProductCsvImport {

    public static final int MAX_ROWS = 5_000;
    public static final int MAX_REPORTED_ERRORS = 500;

    /** What went wrong on one line (line 1 is the header). */
    public record RowError(long line, String field, String message) {
    }

    public record Report(long rows, int created, int updated, int failed, List<RowError> errors) {
    }

    private final CommandGateway commands;
    private final MongoTemplate mongo;
    private final SkuRegistry skus;

    public ProductCsvImport(CommandGateway commands, MongoTemplate mongo, SkuRegistry skus) {
        this.commands = commands;
        this.mongo = mongo;
        this.skus = skus;
    }

    public Report read(Reader body) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setMaxRows(MAX_ROWS + 1L).get();
        try (CSVParser parser = CSVParser.parse(body, format)) {
            Columns columns = columns(parser.getHeaderNames());
            int created = 0;
            int updated = 0;
            int failed = 0;
            long rows = 0;
            List<RowError> errors = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows++;
                long line = record.getRecordNumber() + 1;
                if (rows > MAX_ROWS) {
                    errors.add(new RowError(line, null, "only the first " + MAX_ROWS + " rows are imported"));
                    failed++;
                    break;
                }
                try {
                    if (importRow(record, columns)) {
                        created++;
                    } else {
                        updated++;
                    }
                } catch (InvalidFieldException invalid) {
                    failed++;
                    report(errors, new RowError(line, invalid.field(), invalid.getMessage()));
                } catch (ConflictException | RuleViolationException | NotFoundProblem refused) {
                    failed++;
                    report(errors, new RowError(line, null, refused instanceof NotFoundProblem notFound
                            ? notFound.getBody().getDetail() : refused.getMessage()));
                }
            }
            return new Report(rows, created, updated, failed, errors);
        } catch (UncheckedIOException unreadable) {
            throw unreadableBody(unreadable.getCause());
        } catch (IOException | IllegalArgumentException | IllegalStateException unreadable) {
            throw unreadableBody(unreadable);
        }
    }

    /** A body over the size limit stays a 413 (thrown as is); anything else unreadable is a 400 for the whole body. */
    private static InvalidFieldException unreadableBody(Exception cause) throws RequestSizeLimitFilter.RequestTooLargeException {
        if (cause instanceof RequestSizeLimitFilter.RequestTooLargeException tooLarge) {
            throw tooLarge;
        }
        return new InvalidFieldException("body", "is not readable CSV with a header row: " + cause.getMessage());
    }

    private static void report(List<RowError> errors, RowError error) {
        if (errors.size() < MAX_REPORTED_ERRORS) {
            errors.add(error);
        }
    }

    /** @return whether the row created a product (false: it changed one) */
    private boolean importRow(CSVRecord record, Columns columns) {
        String code = cell(record, ProductCsvColumns.CODE);
        if (code == null) {
            throw new InvalidFieldException(ProductCsvColumns.CODE, "must not be empty");
        }
        List<ProductPropertyValue> properties = new ArrayList<>();
        columns.properties().forEach((column, definition) -> {
            String value = cell(record, column);
            if (value != null) {
                properties.add(new ProductPropertyValue(definition.id(), values(definition, value, column)));
            }
        });
        String name = cell(record, ProductCsvColumns.NAME);
        String description = cell(record, ProductCsvColumns.DESCRIPTION);
        String sectionId = cell(record, ProductCsvColumns.SECTION);
        String unit = cell(record, ProductCsvColumns.UNIT);
        VatRate vatRate = parse(VatRate.class, cell(record, ProductCsvColumns.VAT), ProductCsvColumns.VAT);
        String productId = skus.productOfCode(code).orElse(null);
        boolean creating = productId == null;
        if (creating) {
            productId = UUID.randomUUID().toString();
            ProductKind kind = parse(ProductKind.class, cell(record, ProductCsvColumns.KIND), ProductCsvColumns.KIND);
            commands.sendAndWait(new CreateProductCommand(productId, code, kind, name, description, sectionId, unit, vatRate, properties));
        } else {
            commands.sendAndWait(new ChangeProductCommand(productId, name, description, sectionId, unit, vatRate, properties));
        }
        for (Map.Entry<String, String[]> price : columns.prices().entrySet()) {
            String amount = cell(record, price.getKey());
            if (amount != null) {
                setPrice(productId, creating, price.getValue()[0], price.getValue()[1], amount(amount, price.getKey()));
            }
        }
        String active = cell(record, ProductCsvColumns.ACTIVE);
        if ("false".equalsIgnoreCase(active)) {
            commands.sendAndWait(new ArchiveProductCommand(productId));
        } else if ("true".equalsIgnoreCase(active) && !creating) {
            commands.sendAndWait(new RestoreProductCommand(productId));
        }
        return creating;
    }

    private void setPrice(String productId, boolean creating, String priceTypeId, String currency, BigDecimal amount) {
        if (!creating) {
            try {
                commands.sendAndWait(new ChangePriceCommand(productId, null, priceTypeId, currency, amount));
                return;
            } catch (NotFoundProblem noPriceYet) {
                // the product has no price of this type and currency yet: add it below
            }
        }
        commands.sendAndWait(new AddPriceCommand(productId, null, priceTypeId, currency, amount));
    }

    private static List<String> values(PropertyView definition, String cell, String column) {
        if (!definition.type().isList()) {
            return List.of(cell);
        }
        List<String> ids = new ArrayList<>();
        for (String code : cell.split("\\" + ProductCsvColumns.LIST_SEPARATOR)) {
            String trimmed = code.strip();
            ids.add(definition.values().stream().filter(v -> v.code().equalsIgnoreCase(trimmed)).findFirst()
                    .map(PropertyView.Value::valueId)
                    .orElseThrow(() -> new InvalidFieldException(column, "has no value with code " + trimmed)));
        }
        return ids;
    }

    private static BigDecimal amount(String text, String column) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException notANumber) {
            throw new InvalidFieldException(column, "must be a plain decimal amount");
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text, String column) {
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidFieldException(column, "is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    private static String cell(CSVRecord record, String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String value = record.get(column);
        return value.isEmpty() ? null : value;
    }

    /** The property and price columns of the header, checked against the catalog before any row is read. */
    private record Columns(Map<String, PropertyView> properties, Map<String, String[]> prices) {
    }

    private Columns columns(List<String> header) {
        if (!header.contains(ProductCsvColumns.CODE)) {
            throw new InvalidFieldException("header", "must have a column " + ProductCsvColumns.CODE);
        }
        Map<String, PropertyView> properties = new java.util.LinkedHashMap<>();
        Map<String, String[]> prices = new java.util.LinkedHashMap<>();
        for (String column : header) {
            if (column.startsWith(ProductCsvColumns.PROPERTY_PREFIX)) {
                String propertyId = column.substring(ProductCsvColumns.PROPERTY_PREFIX.length());
                PropertyView definition = mongo.findById(propertyId, PropertyView.class);
                if (definition == null) {
                    throw new InvalidFieldException(column, "is not a property of the catalog");
                }
                properties.put(column, definition);
            } else if (column.startsWith(ProductCsvColumns.PRICE_PREFIX)) {
                String[] parts = column.substring(ProductCsvColumns.PRICE_PREFIX.length()).split(":");
                if (parts.length != 2 || mongo.findById(parts[0], PriceTypeView.class) == null) {
                    throw new InvalidFieldException(column, "must be price:<priceTypeId>:<currency> with a known price type");
                }
                prices.put(column, parts);
            } else if (!ProductCsvColumns.FIXED.contains(column)) {
                throw new InvalidFieldException(column, "is not a column of the product CSV format");
            }
        }
        return new Columns(properties, prices);
    }
}
