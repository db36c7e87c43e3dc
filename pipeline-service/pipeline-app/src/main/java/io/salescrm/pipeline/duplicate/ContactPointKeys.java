package io.salescrm.pipeline.duplicate;

import io.salescrm.pipeline.api.contact.Phone;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The normalised forms duplicate detection and search compare: phones in E.164, emails lowercased and trimmed,
 * company names without case, quotes, punctuation and legal forms. Pure functions.
 */
public final class ContactPointKeys {

    private static final Pattern NOT_DIGIT = Pattern.compile("\\D");
    private static final Pattern LEGAL_FORMS = Pattern.compile(
            "(?iu)(?<![\\p{L}\\p{N}])(ооо|оао|зао|пао|ао|ип|нко|гуп|муп|llc|ltd|limited|inc|corp|corporation|gmbh|plc|co)(?![\\p{L}\\p{N}])");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private ContactPointKeys() {
    }

    /**
     * A phone number in E.164, or null when it has too few digits to be one. Russian numbers written nationally
     * ({@code 8 912 ...}, 11 digits starting with 8, or 10 digits starting with 9) become {@code +7...}; numbers
     * written with {@code +} keep their country code; other 11-digit numbers starting with 7 get the {@code +}.
     */
    public static String phone(String number) {
        if (number == null) {
            return null;
        }
        String trimmed = number.strip();
        String digits = NOT_DIGIT.matcher(trimmed).replaceAll("");
        if (digits.length() < 7 || digits.length() > 15) {
            return null;
        }
        if (trimmed.startsWith("+")) {
            return "+" + digits;
        }
        if (digits.length() == 11 && (digits.charAt(0) == '8' || digits.charAt(0) == '7')) {
            return "+7" + digits.substring(1);
        }
        if (digits.length() == 10 && digits.charAt(0) == '9') {
            return "+7" + digits;
        }
        return "+" + digits;
    }

    public static String email(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** A company name without case, quotes, punctuation and legal forms: {@code ООО "Ромашка"} -> {@code ромашка}. */
    public static String companyName(String name) {
        if (name == null) {
            return null;
        }
        String withoutForms = LEGAL_FORMS.matcher(name.toLowerCase(Locale.ROOT).replace('ё', 'е')).replaceAll(" ");
        String key = NOT_WORD.matcher(withoutForms).replaceAll(" ").strip();
        return key.isEmpty() ? null : key;
    }

    /** A tax id without spaces, or null when blank. */
    public static String taxId(String taxId) {
        if (taxId == null || taxId.isBlank()) {
            return null;
        }
        return NOT_DIGIT.matcher(taxId).replaceAll("");
    }

    public static List<String> phones(Collection<Phone> phones) {
        return distinct(phones == null ? List.of() : phones.stream().map(Phone::number).map(ContactPointKeys::phone).toList());
    }

    public static List<String> emails(Collection<String> emails) {
        return distinct(emails == null ? List.of() : emails.stream().map(ContactPointKeys::email).toList());
    }

    private static List<String> distinct(List<String> keys) {
        return List.copyOf(new LinkedHashSet<>(keys.stream().filter(Objects::nonNull).toList()));
    }
}
