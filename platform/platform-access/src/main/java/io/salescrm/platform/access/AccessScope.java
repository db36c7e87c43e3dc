package io.salescrm.platform.access;

import org.springframework.data.mongodb.core.query.Criteria;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Which records a caller may reach for one entity and action: all of them, none, or those whose responsible
 * employee is in a set (plus, for the OPEN level, every record marked open). {@link #toCriteria} turns it into a
 * database filter, so lists, counts and aggregations never load a record outside it.
 */
public final class AccessScope {

    public static final AccessScope ALL = new AccessScope(true, Set.of(), false);
    public static final AccessScope NONE = new AccessScope(false, Set.of(), false);

    private final boolean all;
    private final Set<String> responsibleIds;
    private final boolean openRecords;

    private AccessScope(boolean all, Set<String> responsibleIds, boolean openRecords) {
        this.all = all;
        this.responsibleIds = Set.copyOf(responsibleIds);
        this.openRecords = openRecords;
    }

    /** Records whose responsible employee is one of {@code responsibleIds}, and every open record if {@code openRecords}. */
    public static AccessScope of(Collection<String> responsibleIds, boolean openRecords) {
        return responsibleIds.isEmpty() && !openRecords ? NONE : new AccessScope(false, Set.copyOf(responsibleIds), openRecords);
    }

    public boolean isAll() {
        return all;
    }

    public boolean isNone() {
        return !all && responsibleIds.isEmpty() && !openRecords;
    }

    public Set<String> responsibleIds() {
        return responsibleIds;
    }

    public boolean includesOpenRecords() {
        return openRecords;
    }

    /** Whether a record with this responsible employee and open flag is inside the scope. */
    public boolean covers(String responsibleId, boolean open) {
        return all || (responsibleId != null && responsibleIds.contains(responsibleId)) || (openRecords && open);
    }

    /** Both scopes' records. */
    public AccessScope union(AccessScope other) {
        if (all || other.all) {
            return ALL;
        }
        var ids = new java.util.HashSet<>(responsibleIds);
        ids.addAll(other.responsibleIds);
        return of(ids, openRecords || other.openRecords);
    }

    /**
     * The scope as a MongoDB filter on the documents' responsible-employee field and open flag: empty for ALL,
     * matching nothing for NONE. Use it as a query's criteria ({@code new Query(scope.toCriteria(...))}) or combine
     * it with others through {@code new Criteria().andOperator(other, scope.toCriteria(...))}.
     */
    public Criteria toCriteria(String responsibleField, String openField) {
        if (all) {
            return new Criteria();
        }
        Criteria responsible = where(responsibleField).in(List.copyOf(responsibleIds));
        return openRecords ? new Criteria().orOperator(responsible, where(openField).is(true)) : responsible;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccessScope other && all == other.all && openRecords == other.openRecords
                && responsibleIds.equals(other.responsibleIds);
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(all) * 31 + responsibleIds.hashCode() + Boolean.hashCode(openRecords);
    }

    @Override
    public String toString() {
        return all ? "AccessScope[ALL]" : isNone() ? "AccessScope[NONE]"
                : "AccessScope[responsible=" + responsibleIds + (openRecords ? ", open records" : "") + "]";
    }
}
