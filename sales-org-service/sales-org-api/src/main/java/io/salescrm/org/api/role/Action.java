package io.salescrm.org.api.role;

/** The columns of a role's permission matrix. */
public enum Action {
    READ, ADD, WRITE, DELETE, EXPORT, IMPORT
}
