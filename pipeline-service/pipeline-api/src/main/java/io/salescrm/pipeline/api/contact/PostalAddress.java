package io.salescrm.pipeline.api.contact;

/** A postal address; {@code country} is an ISO 3166 alpha-2 code when known, {@code line} the street and building. */
public record PostalAddress(String postalCode, String country, String region, String city, String line) {
}
