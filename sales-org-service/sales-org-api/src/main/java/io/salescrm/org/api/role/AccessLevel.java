package io.salescrm.org.api.role;

/**
 * How far a permission reaches, in increasing generosity (Bitrix24's order); with several roles the most generous
 * level wins. Levels are about the record's responsible employee: OWN = the caller's own records; DEPARTMENT =
 * also those of the caller's units' members; SUBDEPARTMENTS = also those of all units below; OPEN = OWN plus
 * every record marked open; ALL = everything.
 */
public enum AccessLevel {
    NONE, OWN, DEPARTMENT, SUBDEPARTMENTS, OPEN, ALL;

    public AccessLevel max(AccessLevel other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
