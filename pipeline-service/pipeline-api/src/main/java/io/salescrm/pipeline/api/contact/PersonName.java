package io.salescrm.pipeline.api.contact;

/** A person's name; any part may be null, but a contact has at least a first or a last name. */
public record PersonName(String first, String last, String middle) {
}
