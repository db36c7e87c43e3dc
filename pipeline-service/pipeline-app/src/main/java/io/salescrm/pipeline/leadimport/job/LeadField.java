package io.salescrm.pipeline.leadimport.job;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The lead fields a CSV column can be mapped to, by their names in a mapping ("title", "firstName", ...). Several
 * columns may map to {@code phone} or {@code email}; "custom:&lt;name&gt;" maps a column to a custom field.
 */
public enum LeadField {
    TITLE("title"), FIRST_NAME("firstName"), LAST_NAME("lastName"), MIDDLE_NAME("middleName"),
    COMPANY_NAME("companyName"), POSITION("position"), PHONE("phone"), EMAIL("email"), WEBSITE("website"),
    POSTAL_CODE("postalCode"), COUNTRY("country"), REGION("region"), CITY("city"), ADDRESS_LINE("addressLine"),
    SOURCE("source"), SOURCE_NOTE("sourceNote"), AMOUNT("amount"), CURRENCY("currency"), COMMENTS("comments"),
    RESPONSIBLE_ID("responsibleId"), CUSTOM("custom:");

    public static final String CUSTOM_PREFIX = "custom:";

    private final String mappingName;

    LeadField(String mappingName) {
        this.mappingName = mappingName;
    }

    /** The field a mapping target names ("custom:x" is CUSTOM), if any. */
    public static Optional<LeadField> of(String target) {
        if (target.startsWith(CUSTOM_PREFIX) && target.length() > CUSTOM_PREFIX.length()) {
            return Optional.of(CUSTOM);
        }
        return Arrays.stream(values()).filter(f -> f != CUSTOM && f.mappingName.toLowerCase(Locale.ROOT)
                .equals(target.toLowerCase(Locale.ROOT))).findFirst();
    }
}
