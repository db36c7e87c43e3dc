package io.salescrm.pipeline.deal.command;

import io.salescrm.platform.rules.InvalidFieldException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Bounds and checks of the values a deal command carries; each refusal names the field (400). */
final class DealInput {

    static final int MAX_TITLE_LENGTH = 200;
    /** Amounts up to 10^15 in any currency with at most 2 decimals (as all deal currencies in use here). */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000000");
    static final int MAX_ID_LENGTH = 64;
    static final int MAX_CONTACTS = 50;
    static final int MAX_COMMENTS_LENGTH = 10_000;
    static final int MAX_CUSTOM_FIELDS = 50;
    static final int MAX_CUSTOM_FIELD_NAME_LENGTH = 64;
    static final int MAX_CUSTOM_TEXT_LENGTH = 1_000;
    static final int MAX_LOST_REASON_LENGTH = 500;

    private DealInput() {
    }

    static String title(String title) {
        if (title == null || title.isBlank()) {
            throw new InvalidFieldException("title", "must not be blank");
        }
        if (title.length() > MAX_TITLE_LENGTH) {
            throw new InvalidFieldException("title", "must be at most " + MAX_TITLE_LENGTH + " characters");
        }
        return title.strip();
    }

    static void amount(BigDecimal amount) {
        if (amount == null) {
            throw new InvalidFieldException("amount", "must not be null");
        }
        if (amount.signum() < 0) {
            throw new InvalidFieldException("amount", "must not be negative");
        }
        if (amount.compareTo(MAX_AMOUNT) >= 0 || amount.scale() > 2) {
            throw new InvalidFieldException("amount", "must be below 10^15 with at most 2 decimals");
        }
    }

    static void rate(BigDecimal rateToBase) {
        if (rateToBase == null || rateToBase.signum() <= 0) {
            throw new InvalidFieldException("currency", "has no usable exchange rate");
        }
    }

    /** An employee id every deal must have (deals of event revision 1, from before, have none). */
    static void responsible(String responsibleId) {
        if (responsibleId == null || responsibleId.isBlank()) {
            throw new InvalidFieldException("responsibleId", "must not be blank");
        }
        optionalId("responsibleId", responsibleId);
    }

    static void optionalId(String field, String id) {
        if (id != null && (id.isBlank() || id.length() > MAX_ID_LENGTH)) {
            throw new InvalidFieldException(field, "must be 1 to " + MAX_ID_LENGTH + " characters");
        }
    }

    static List<String> contacts(Collection<String> contactIds) {
        if (contactIds.size() > MAX_CONTACTS) {
            throw new InvalidFieldException("contactIds", "must hold at most " + MAX_CONTACTS + " contacts");
        }
        contactIds.forEach(id -> {
            if (id == null) {
                throw new InvalidFieldException("contactIds", "must not hold null");
            }
            optionalId("contactIds", id);
        });
        return List.copyOf(new java.util.LinkedHashSet<>(contactIds));
    }

    static void probability(Integer probability) {
        if (probability != null && (probability < 0 || probability > 100)) {
            throw new InvalidFieldException("probability", "must be between 0 and 100");
        }
    }

    static void dates(LocalDate startDate, LocalDate expectedCloseDate) {
        if (startDate != null && expectedCloseDate != null && expectedCloseDate.isBefore(startDate)) {
            throw new InvalidFieldException("expectedCloseDate", "must not be before startDate");
        }
    }

    static String comments(String comments) {
        if (comments != null && comments.length() > MAX_COMMENTS_LENGTH) {
            throw new InvalidFieldException("comments", "must be at most " + MAX_COMMENTS_LENGTH + " characters");
        }
        return comments;
    }

    static String lostReason(String lostReason) {
        if (lostReason == null || lostReason.isBlank()) {
            throw new InvalidFieldException("lostReason", "must not be blank when the deal is lost");
        }
        if (lostReason.length() > MAX_LOST_REASON_LENGTH) {
            throw new InvalidFieldException("lostReason", "must be at most " + MAX_LOST_REASON_LENGTH + " characters");
        }
        return lostReason.strip();
    }

    /**
     * Custom field values are texts (ISO dates included), numbers or booleans; names and texts are bounded. Numbers
     * are normalised to what JSON reads back as the same value: whole numbers as Integer or Long, others as decimal
     * strings (like every decimal of the platform), so a replayed event equals the one written.
     */
    static Map<String, Object> customFields(Map<String, Object> customFields) {
        if (customFields.size() > MAX_CUSTOM_FIELDS) {
            throw new InvalidFieldException("customFields", "must hold at most " + MAX_CUSTOM_FIELDS + " fields");
        }
        Map<String, Object> normalised = new TreeMap<>();
        customFields.forEach((name, value) -> {
            if (name.isBlank() || name.length() > MAX_CUSTOM_FIELD_NAME_LENGTH) {
                throw new InvalidFieldException("customFields", "names must be 1 to " + MAX_CUSTOM_FIELD_NAME_LENGTH + " characters");
            }
            normalised.put(name, customValue(name, value));
        });
        return normalised;
    }

    private static Object customValue(String name, Object value) {
        if (value instanceof Boolean || value instanceof String text && text.length() <= MAX_CUSTOM_TEXT_LENGTH) {
            return value;
        }
        if (value instanceof Number number) {
            BigDecimal decimal = new BigDecimal(number.toString()).stripTrailingZeros();
            if (decimal.scale() <= 0 && decimal.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
                long whole = decimal.longValueExact();
                return whole >= Integer.MIN_VALUE && whole <= Integer.MAX_VALUE ? (Object) (int) whole : (Object) whole;
            }
            return decimal.toPlainString();
        }
        throw new InvalidFieldException("customFields." + name,
                "must be a text of at most " + MAX_CUSTOM_TEXT_LENGTH + " characters, a number or a boolean");
    }
}
