package io.salescrm.pipeline.duplicate;

/** The kinds of record duplicate detection compares, each with the read model collection that indexes it. */
public enum PartyKind {
    LEAD("leads"),
    CONTACT("contacts"),
    COMPANY("companies");

    private final String collection;

    PartyKind(String collection) {
        this.collection = collection;
    }

    public String collection() {
        return collection;
    }
}
