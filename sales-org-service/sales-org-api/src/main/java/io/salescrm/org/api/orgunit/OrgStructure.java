package io.salescrm.org.api.orgunit;

/** The one org structure of an installation: the aggregate id of every org-tree event. */
public final class OrgStructure {

    public static final String ID = "org-structure";

    private OrgStructure() {
    }
}
