package io.salescrm.pipeline.contact.command;

import io.salescrm.pipeline.api.contact.Messenger;
import io.salescrm.pipeline.api.contact.PersonName;
import io.salescrm.pipeline.api.contact.Phone;
import io.salescrm.pipeline.api.contact.PostalAddress;
import io.salescrm.pipeline.duplicate.ContactPointKeys;
import io.salescrm.platform.rules.InvalidFieldException;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Bounds and formats shared by leads, contacts and companies (every input is bounded, whatever sent the command:
 * the HTTP API, conversion or an import). A violation is a 400 naming the field.
 */
public final class PartyFieldRules {

    public static final int MAX_NAME = 100;
    public static final int MAX_TEXT = 300;
    public static final int MAX_COMMENTS = 4000;
    public static final int MAX_LIST = 10;
    public static final int MAX_ID = 64;
    public static final int MAX_LINKS = 100;
    public static final int MAX_CUSTOM_FIELDS = 50;
    public static final int MAX_CUSTOM_VALUE = 1000;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}\\.[^@\\s]{1,63}");
    private static final Pattern CUSTOM_KEY = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private PartyFieldRules() {
    }

    public static void text(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidFieldException(field, "must be at most " + max + " characters");
        }
    }

    public static void required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, "must not be blank");
        }
        text(field, value, max);
    }

    public static void employeeId(String field, String value) {
        if (value != null && (value.isBlank() || value.length() > MAX_ID)) {
            throw new InvalidFieldException(field, "must be 1-" + MAX_ID + " characters");
        }
    }

    public static void name(String field, PersonName name) {
        if (name != null) {
            text(field + ".first", name.first(), MAX_NAME);
            text(field + ".last", name.last(), MAX_NAME);
            text(field + ".middle", name.middle(), MAX_NAME);
        }
    }

    public static void phones(List<Phone> phones) {
        list("phones", phones);
        for (int i = 0; i < phones.size(); i++) {
            Phone phone = phones.get(i);
            if (phone == null || phone.number() == null || phone.number().length() > 40 || ContactPointKeys.phone(phone.number()) == null) {
                throw new InvalidFieldException("phones[" + i + "]", "is not a phone number of 7-15 digits");
            }
        }
    }

    public static void emails(List<String> emails) {
        list("emails", emails);
        for (int i = 0; i < emails.size(); i++) {
            String email = emails.get(i);
            if (email == null || email.length() > 254 || !EMAIL.matcher(email.strip()).matches()) {
                throw new InvalidFieldException("emails[" + i + "]", "is not an email address");
            }
        }
    }

    public static void messengers(List<Messenger> messengers) {
        list("messengers", messengers);
        for (int i = 0; i < messengers.size(); i++) {
            Messenger messenger = messengers.get(i);
            if (messenger == null || messenger.type() == null || messenger.handle() == null || messenger.handle().isBlank()
                    || messenger.handle().length() > MAX_NAME) {
                throw new InvalidFieldException("messengers[" + i + "]", "needs a type and a handle of at most " + MAX_NAME + " characters");
            }
        }
    }

    public static void address(String field, PostalAddress address) {
        if (address != null) {
            text(field + ".postalCode", address.postalCode(), 20);
            text(field + ".country", address.country(), 2);
            text(field + ".region", address.region(), MAX_NAME);
            text(field + ".city", address.city(), MAX_NAME);
            text(field + ".line", address.line(), MAX_TEXT);
        }
    }

    public static void customFields(Map<String, String> customFields) {
        if (customFields == null) {
            throw new InvalidFieldException("customFields", "must not be null");
        }
        if (customFields.size() > MAX_CUSTOM_FIELDS) {
            throw new InvalidFieldException("customFields", "must have at most " + MAX_CUSTOM_FIELDS + " entries");
        }
        customFields.forEach((key, value) -> {
            if (key == null || !CUSTOM_KEY.matcher(key).matches()) {
                throw new InvalidFieldException("customFields", "keys must be 1-64 letters, digits or _ . -");
            }
            if (value == null) {
                throw new InvalidFieldException("customFields." + key, "must not be null");
            }
            text("customFields." + key, value, MAX_CUSTOM_VALUE);
        });
    }

    public static void ids(String field, List<String> ids, int max) {
        if (ids == null) {
            throw new InvalidFieldException(field, "must not be null");
        }
        if (ids.size() > max) {
            throw new InvalidFieldException(field, "must have at most " + max + " entries");
        }
        for (String id : ids) {
            if (id == null || id.isBlank() || id.length() > MAX_ID) {
                throw new InvalidFieldException(field, "must hold ids of 1-" + MAX_ID + " characters");
            }
        }
    }

    private static void list(String field, List<?> values) {
        if (values == null) {
            throw new InvalidFieldException(field, "must not be null");
        }
        if (values.size() > MAX_LIST) {
            throw new InvalidFieldException(field, "must have at most " + MAX_LIST + " entries");
        }
    }
}
