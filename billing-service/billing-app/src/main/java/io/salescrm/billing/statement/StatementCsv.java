package io.salescrm.billing.statement;

import io.salescrm.platform.rules.InvalidFieldException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads a bank statement CSV one record at a time (never the whole file): a header row naming the columns
 * {@code date}, {@code amount}, {@code payer}, {@code purpose}, {@code reference} and optionally {@code currency}, in
 * any order, separated by commas or semicolons (the header decides). Dates are {@code 2026-03-01} or
 * {@code 01.03.2026}; amounts use a point or a comma as decimal separator. A line that cannot be read is reported
 * as INVALID and the rest go on; at most {@link #MAX_LINES} lines are read.
 */
final class StatementCsv {

    static final int MAX_LINES = 5000;
    static final Set<String> REQUIRED = Set.of("date", "amount", "payer", "purpose", "reference");
    private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000000000");

    private StatementCsv() {
    }

    /** Hands each readable line to {@code lines} and each unreadable one to {@code invalid}. */
    static void read(BufferedReader reader, Consumer<StatementLine> lines, Consumer<StatementLineOutcome> invalid)
            throws IOException {
        reader.mark(8192);
        String header = reader.readLine();
        if (header == null || header.isBlank()) {
            throw new InvalidFieldException("file", "is empty: a header row is required");
        }
        reader.reset();
        char delimiter = header.indexOf(';') >= 0 ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setTrim(true).setIgnoreEmptyLines(true).get();
        Map<String, Integer> occurrences = new HashMap<>();
        try (CSVParser parser = format.parse(reader)) {
            Map<String, Integer> columns = new HashMap<>();
            parser.getHeaderMap().forEach((name, index) -> columns.put(name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT), index));
            for (String column : REQUIRED) {
                if (!columns.containsKey(column)) {
                    throw new InvalidFieldException("file", "has no column '" + column + "' (the header needs "
                            + "date, amount, payer, purpose and reference; currency is optional)");
                }
            }
            int row = 1;
            for (CSVRecord record : parser) {
                row++;
                if (row - 1 > MAX_LINES) {
                    throw new InvalidFieldException("file", "has more than " + MAX_LINES + " lines: split the statement");
                }
                try {
                    lines.accept(line(record, columns, row, occurrences));
                } catch (IllegalArgumentException | DateTimeParseException unreadable) {
                    invalid.accept(new StatementLineOutcome(row, null, StatementLineOutcome.Outcome.INVALID, null, null,
                            null, null, unreadable.getMessage()));
                }
            }
        } catch (UncheckedIOException e) {
            throw new InvalidFieldException("file", "is not a readable CSV file: " + e.getCause().getMessage());
        }
    }

    private static StatementLine line(CSVRecord record, Map<String, Integer> columns, int row,
                                      Map<String, Integer> occurrences) {
        String date = text(record, columns, "date", 20, true);
        String amount = text(record, columns, "amount", 30, true);
        String payer = text(record, columns, "payer", 300, false);
        String purpose = text(record, columns, "purpose", 1000, false);
        String reference = text(record, columns, "reference", 100, false);
        String currency = columns.containsKey("currency") ? text(record, columns, "currency", 3, false) : null;
        String content = String.join("\u0001", date, amount, payer, purpose, reference, String.valueOf(currency));
        int occurrence = occurrences.merge(content, 1, Integer::sum);
        return new StatementLine(row, key(content + "\u0001" + occurrence), date(date), amount(amount),
                currency == null || currency.isBlank() ? null : currency.toUpperCase(Locale.ROOT), payer, purpose,
                reference);
    }

    private static String text(CSVRecord record, Map<String, Integer> columns, String column, int maxLength,
                               boolean required) {
        int index = columns.get(column);
        String value = index < record.size() ? record.get(index) : "";
        if (required && value.isBlank()) {
            throw new IllegalArgumentException("column '" + column + "' is empty");
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException("column '" + column + "' is longer than " + maxLength + " characters");
        }
        return value;
    }

    private static LocalDate date(String value) {
        try {
            return value.contains(".") ? LocalDate.parse(value, RUSSIAN_DATE) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("column 'date' is not a date (2026-03-01 or 01.03.2026): " + value);
        }
    }

    private static BigDecimal amount(String value) {
        String normalised = value.replace(" ", "").replace("\u00a0", "");
        if (normalised.indexOf(',') >= 0 && normalised.indexOf('.') < 0) {
            normalised = normalised.replace(',', '.');
        }
        try {
            BigDecimal amount = new BigDecimal(normalised);
            if (amount.abs().compareTo(MAX_AMOUNT) >= 0) {
                throw new IllegalArgumentException("column 'amount' is too large: " + value);
            }
            return amount;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("column 'amount' is not a number: " + value);
        }
    }

    private static String key(String content) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return "stmt-" + HexFormat.of().formatHex(hash, 0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
