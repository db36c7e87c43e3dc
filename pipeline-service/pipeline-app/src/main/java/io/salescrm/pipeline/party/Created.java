package io.salescrm.pipeline.party;

/** The answer to a creating request: the new record's id. */
public record Created(String id) {
}
