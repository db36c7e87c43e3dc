package io.salescrm.pipeline.duplicate;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Finds likely duplicates in the duplicate index of each kind (the normalised keys its read model keeps, see
 * {@link DuplicateKeys}). Removed and merged records are no candidates. At most {@link #MAX_CANDIDATES} per kind.
 */
@Component
public class DuplicateFinder {

    static final int MAX_CANDIDATES = 10;

    private final MongoTemplate mongo;

    public DuplicateFinder(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Records of {@code kinds} sharing a key with {@code keys}, other than {@code selfId} (null when creating). */
    public List<DuplicateCandidate> find(DuplicateKeys keys, String selfId, Collection<PartyKind> kinds) {
        List<DuplicateCandidate> candidates = new ArrayList<>();
        if (keys.isEmpty()) {
            return candidates;
        }
        for (PartyKind kind : kinds) {
            Query query = new Query(new Criteria().andOperator(matchingAny(keys), where("removed").is(false),
                    where("mergedIntoId").is(null)));
            query.fields().include(DuplicateKeys.PHONES, DuplicateKeys.EMAILS, DuplicateKeys.COMPANY_NAME, DuplicateKeys.TAX_ID);
            query.limit(MAX_CANDIDATES + 1);
            for (Document found : mongo.find(query, Document.class, kind.collection())) {
                String id = found.getString("_id");
                if (!id.equals(selfId) && candidates.stream().filter(c -> c.kind() == kind).count() < MAX_CANDIDATES) {
                    candidates.add(new DuplicateCandidate(id, kind, keys.sharedWith(keysOf(found))));
                }
            }
        }
        return candidates;
    }

    /** Throws a 409 listing the likely duplicates unless there are none or the caller forces the save. */
    public void refuseDuplicates(DuplicateKeys keys, String selfId, Collection<PartyKind> kinds, boolean force) {
        if (force) {
            return;
        }
        List<DuplicateCandidate> candidates = find(keys, selfId, kinds);
        if (!candidates.isEmpty()) {
            throw new DuplicateFoundException(candidates);
        }
    }

    private static Criteria matchingAny(DuplicateKeys keys) {
        List<Criteria> any = new ArrayList<>();
        if (!keys.phoneKeys().isEmpty()) {
            any.add(where(DuplicateKeys.PHONES).in(keys.phoneKeys()));
        }
        if (!keys.emailKeys().isEmpty()) {
            any.add(where(DuplicateKeys.EMAILS).in(keys.emailKeys()));
        }
        if (keys.companyNameKey() != null) {
            any.add(where(DuplicateKeys.COMPANY_NAME).is(keys.companyNameKey()));
        }
        if (keys.taxIdKey() != null) {
            any.add(where(DuplicateKeys.TAX_ID).is(keys.taxIdKey()));
        }
        return new Criteria().orOperator(any);
    }

    @SuppressWarnings("unchecked")
    private static DuplicateKeys keysOf(Document found) {
        return new DuplicateKeys(
                found.get(DuplicateKeys.PHONES) instanceof List<?> phones ? (List<String>) phones : List.of(),
                found.get(DuplicateKeys.EMAILS) instanceof List<?> emails ? (List<String>) emails : List.of(),
                found.getString(DuplicateKeys.COMPANY_NAME), found.getString(DuplicateKeys.TAX_ID));
    }
}
