package io.salescrm.pipeline.leadimport.job;

import io.salescrm.pipeline.api.contact.PersonName;
import io.salescrm.pipeline.api.contact.Phone;
import io.salescrm.pipeline.api.contact.PhoneType;
import io.salescrm.pipeline.api.contact.PostalAddress;
import io.salescrm.pipeline.api.lead.ExpectedAmount;
import io.salescrm.pipeline.api.lead.LeadDetails;
import io.salescrm.pipeline.api.lead.LeadSource;
import io.salescrm.platform.currency.ExchangeRates;
import io.salescrm.platform.rules.InvalidFieldException;
import org.apache.commons.csv.CSVRecord;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BinaryOperator;

/**
 * Turns CSV records into lead details by a column mapping, and fills an existing lead with a row's values (for
 * the UPDATE duplicate policy). A lead without a title column takes the company name, else the person's name, else
 * the first e-mail or phone.
 */
public class LeadRowMapper {

    static final int MAX_CELL_LENGTH = 1000;
    static final int MAX_TITLE_LENGTH = 200;

    private final LeadImportOptions options;
    private final ExchangeRates rates;
    /** The mapping in the file's column order (so phones and e-mails keep it), known from the first record. */
    private List<Map.Entry<String, String>> columnsInFileOrder;

    public LeadRowMapper(LeadImportOptions options, ExchangeRates rates) {
        this.options = options;
        this.rates = rates;
    }

    public LeadRow map(CSVRecord record) {
        Map<LeadField, String> values = new LinkedHashMap<>();
        Map<LeadField, String> columns = new LinkedHashMap<>();
        List<String> phones = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        Map<String, String> custom = new LinkedHashMap<>();
        for (var column : columnsInFileOrder(record)) {
            String value = cell(record, column.getKey());
            if (value == null) {
                continue;
            }
            String target = column.getValue();
            LeadField field = LeadField.of(target).orElseThrow();
            switch (field) {
                case PHONE -> phones.add(value);
                case EMAIL -> emails.add(value.toLowerCase(Locale.ROOT));
                case CUSTOM -> custom.put(target.substring(LeadField.CUSTOM_PREFIX.length()), value);
                default -> {
                    values.put(field, value);
                    columns.put(field, column.getKey());
                }
            }
        }
        PersonName name = values.containsKey(LeadField.FIRST_NAME) || values.containsKey(LeadField.LAST_NAME)
                || values.containsKey(LeadField.MIDDLE_NAME)
                ? new PersonName(values.get(LeadField.FIRST_NAME), values.get(LeadField.LAST_NAME), values.get(LeadField.MIDDLE_NAME))
                : null;
        PostalAddress address = values.containsKey(LeadField.POSTAL_CODE) || values.containsKey(LeadField.COUNTRY)
                || values.containsKey(LeadField.REGION) || values.containsKey(LeadField.CITY) || values.containsKey(LeadField.ADDRESS_LINE)
                ? new PostalAddress(values.get(LeadField.POSTAL_CODE), values.get(LeadField.COUNTRY), values.get(LeadField.REGION),
                values.get(LeadField.CITY), values.get(LeadField.ADDRESS_LINE))
                : null;
        String title = title(values, name, emails, phones);
        if (title.length() > MAX_TITLE_LENGTH) {
            throw new RowRejectedException(columns.getOrDefault(LeadField.TITLE, "title"), "must be at most " + MAX_TITLE_LENGTH + " characters");
        }
        LeadSource source = values.containsKey(LeadField.SOURCE)
                ? source(values.get(LeadField.SOURCE), columns.get(LeadField.SOURCE))
                : options.defaultSource();
        LeadDetails details = new LeadDetails(title, name, values.get(LeadField.COMPANY_NAME), values.get(LeadField.POSITION),
                phones.stream().map(number -> new Phone(number, PhoneType.WORK)).toList(), List.copyOf(emails),
                values.get(LeadField.WEBSITE), address, source, values.get(LeadField.SOURCE_NOTE),
                amount(values, columns), List.of(), values.get(LeadField.COMMENTS), Map.copyOf(custom));
        return new LeadRow(details, values.get(LeadField.RESPONSIBLE_ID));
    }

    private List<Map.Entry<String, String>> columnsInFileOrder(CSVRecord record) {
        if (columnsInFileOrder == null) {
            Map<String, Integer> positions = options.header() ? record.getParser().getHeaderMap() : Map.of();
            columnsInFileOrder = options.mapping().entrySet().stream()
                    .sorted(java.util.Comparator.comparingInt(column -> options.header()
                            ? positions.getOrDefault(column.getKey(), Integer.MAX_VALUE)
                            : Integer.parseInt(column.getKey())))
                    .toList();
        }
        return columnsInFileOrder;
    }

    /** The existing lead's details with the row's values put in: given parts replace, phones and e-mails are added. */
    public static LeadDetails fill(LeadDetails existing, LeadDetails row) {
        BinaryOperator<String> either = (mine, theirs) -> theirs != null ? theirs : mine;
        List<Phone> phones = new ArrayList<>(existing.phones() == null ? List.of() : existing.phones());
        row.phones().stream().filter(p -> phones.stream().noneMatch(q -> q.number().equals(p.number()))).forEach(phones::add);
        LinkedHashSet<String> emails = new LinkedHashSet<>(existing.emails() == null ? List.of() : existing.emails());
        emails.addAll(row.emails());
        Map<String, String> custom = new LinkedHashMap<>(existing.customFields() == null ? Map.of() : existing.customFields());
        custom.putAll(row.customFields());
        return new LeadDetails(existing.title(), row.name() != null ? row.name() : existing.name(),
                either.apply(existing.companyName(), row.companyName()), either.apply(existing.position(), row.position()),
                List.copyOf(phones), List.copyOf(emails), either.apply(existing.website(), row.website()),
                row.address() != null ? row.address() : existing.address(),
                existing.source() != null ? existing.source() : row.source(),
                either.apply(existing.sourceNote(), row.sourceNote()),
                row.expectedAmount() != null ? row.expectedAmount() : existing.expectedAmount(),
                existing.products(), either.apply(existing.comments(), row.comments()), Map.copyOf(custom));
    }

    private static String title(Map<LeadField, String> values, PersonName name, List<String> emails, List<String> phones) {
        if (values.containsKey(LeadField.TITLE)) {
            return values.get(LeadField.TITLE);
        }
        if (values.containsKey(LeadField.COMPANY_NAME)) {
            return values.get(LeadField.COMPANY_NAME);
        }
        if (name != null) {
            return String.join(" ", java.util.stream.Stream.of(name.first(), name.middle(), name.last()).filter(Objects::nonNull).toList());
        }
        if (!emails.isEmpty()) {
            return emails.get(0);
        }
        if (!phones.isEmpty()) {
            return phones.get(0);
        }
        throw new RowRejectedException("title", "the row has no title, company, name, e-mail or phone");
    }

    private ExpectedAmount amount(Map<LeadField, String> values, Map<LeadField, String> columns) {
        String text = values.get(LeadField.AMOUNT);
        if (text == null) {
            return null;
        }
        String column = columns.get(LeadField.AMOUNT);
        String normalised = text.replace("\u00a0", "").replace(" ", "");
        if (!normalised.contains(".") && normalised.chars().filter(c -> c == ',').count() == 1) {
            normalised = normalised.replace(',', '.');
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(normalised);
        } catch (NumberFormatException e) {
            throw new RowRejectedException(column, "is not a number: " + text);
        }
        if (amount.signum() < 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 15) {
            throw new RowRejectedException(column, "must be a non-negative amount below 10^15 with at most 2 decimals");
        }
        String currency = values.getOrDefault(LeadField.CURRENCY, rates.base()).toUpperCase(Locale.ROOT);
        try {
            return ExpectedAmount.of(amount, currency, rates.base(), rates.rateToBase(currency, "currency"));
        } catch (InvalidFieldException e) {
            throw new RowRejectedException(columns.getOrDefault(LeadField.CURRENCY, "currency"), e.getMessage());
        }
    }

    private static LeadSource source(String text, String column) {
        String name = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        try {
            return LeadSource.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new RowRejectedException(column, "is not a lead source: " + text);
        }
    }

    /** The stripped cell, or null when the column is empty or missing on this row. */
    private String cell(CSVRecord record, String column) {
        String value;
        if (options.header()) {
            value = record.isMapped(column) && record.isSet(column) ? record.get(column) : null;
        } else {
            int index = Integer.parseInt(column) - 1;
            value = index < record.size() ? record.get(index) : null;
        }
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_CELL_LENGTH) {
            throw new RowRejectedException(column, "must be at most " + MAX_CELL_LENGTH + " characters");
        }
        return value.strip();
    }
}
