package io.salescrm.analytics.export;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Report rows (records) as CSV: a header of the component names, one line per row, RFC 4180 quoting. */
public final class RecordCsv {

    private RecordCsv() {
    }

    public static String write(Class<? extends Record> type, List<? extends Record> rows) {
        RecordComponent[] components = type.getRecordComponents();
        StringBuilder csv = new StringBuilder(Stream.of(components).map(RecordComponent::getName).collect(Collectors.joining(",")));
        csv.append("\r\n");
        for (Record row : rows) {
            csv.append(Stream.of(components).map(c -> cell(value(c, row))).collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString();
    }

    private static Object value(RecordComponent component, Record row) {
        try {
            return component.getAccessor().invoke(row);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
        return text.matches(".*[\",\r\n].*") ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
