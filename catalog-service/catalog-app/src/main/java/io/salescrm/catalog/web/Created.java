package io.salescrm.catalog.web;

import io.salescrm.platform.web.IdempotentCreation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The answer to a creating request: 201 with the new id, its location and whether an earlier request made it. */
public record Created(String id) {

    public static ResponseEntity<Created> response(IdempotentCreation.Outcome outcome) {
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(outcome.id()).toUri();
        return ResponseEntity.created(location)
                .header("Idempotent-Replayed", Boolean.toString(outcome.replayed()))
                .body(new Created(outcome.id()));
    }

    /** What an Idempotency-Key is bound to: the caller and his request. */
    public record Fingerprint(String caller, Object request) {
    }
}
