package io.salescrm.org.api.role;

/** What access rules are about: the rows of a role's permission matrix. */
public enum EntityType {
    LEAD, CONTACT, COMPANY, DEAL, QUOTE, INVOICE, PRODUCT, TARGET, ANALYTICS, ORG
}
