package io.salescrm.pipeline.duplicate;

import java.util.List;

/** An existing record that looks like the one being saved: its id, kind, and the keys they share. */
public record DuplicateCandidate(String id, PartyKind kind, List<String> matchedOn) {
}
