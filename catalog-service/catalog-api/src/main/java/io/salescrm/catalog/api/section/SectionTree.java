package io.salescrm.catalog.api.section;

/** The one section tree of an installation: the aggregate id of every section event and command. */
public final class SectionTree {

    public static final String ID = "catalog-sections";

    private SectionTree() {
    }
}
