package io.salescrm.billing.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** How documents print amounts ("1 234 567,89"), quantities and dates ("28.11.2026"). */
public final class DocumentFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private DocumentFormat() {
    }

    /** Digits grouped by three with a space, comma before the decimals, the scale kept as given. */
    public static String amount(BigDecimal value) {
        if (value == null) {
            return "";
        }
        String plain = value.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : "," + plain.substring(dot + 1);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(' ');
            }
            grouped.append(whole.charAt(i));
        }
        return (value.signum() < 0 ? "-" : "") + grouped + fraction;
    }

    /** A quantity or percentage without trailing zeros ("2", "1,5"). */
    public static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    public static String vatRate(BigDecimal percent) {
        return percent == null ? "без НДС" : number(percent) + "%";
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
