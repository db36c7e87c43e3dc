package io.salescrm.org.api.role;

/** One cell of the matrix: on {@code entity}, {@code action} reaches {@code level}. */
public record Permission(EntityType entity, Action action, AccessLevel level) {
}
