package io.salescrm.catalog.reference;

import io.salescrm.platform.rules.InvalidFieldException;

/** Bounds shared by catalog names and ids, checked in the aggregates (the web layer checks them too). */
public final class CatalogNames {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_ID_LENGTH = 64;
    public static final int MAX_DESCRIPTION_LENGTH = 4000;

    private CatalogNames() {
    }

    /** The stripped name; a 400 naming {@code field} when blank or too long. */
    public static String name(String name, String field) {
        if (name == null || name.isBlank()) {
            throw new InvalidFieldException(field, "must not be blank");
        }
        String stripped = name.strip();
        if (stripped.length() > MAX_NAME_LENGTH) {
            throw new InvalidFieldException(field, "must be at most " + MAX_NAME_LENGTH + " characters");
        }
        return stripped;
    }

    public static String id(String id, String field) {
        if (id == null || id.isBlank() || id.length() > MAX_ID_LENGTH) {
            throw new InvalidFieldException(field, "must be 1-" + MAX_ID_LENGTH + " characters");
        }
        return id;
    }
}
