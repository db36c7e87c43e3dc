package io.salescrm.pipeline.party;

import java.util.List;

/** One page of a lead, contact or company list. */
public record PartyPage<T>(List<T> items, int page, int size, long totalItems) {
}
