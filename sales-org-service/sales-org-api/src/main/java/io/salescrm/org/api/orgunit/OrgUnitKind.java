package io.salescrm.org.api.orgunit;

/** The company is the root of the tree; departments and sales groups nest under it at any depth. */
public enum OrgUnitKind {
    COMPANY, DEPARTMENT, SALES_GROUP
}
