package io.salescrm.platform.access;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/** A scope as a database filter selects exactly the records it covers, alone and combined with other criteria. */
class AccessScopeCriteriaTest {

    private AccessModelFixture store;

    @BeforeEach
    void setUp() {
        store = new AccessModelFixture();
        insert("d1", "x", false, "RUB");
        insert("d2", "x", true, "USD");
        insert("d3", "a1", false, "RUB");
        insert("d4", "b1", true, "RUB");
        insert("d5", null, false, "RUB");
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void eachKindOfScopeSelectsWhatItCovers() {
        assertThat(ids(AccessScope.ALL)).containsExactlyInAnyOrder("d1", "d2", "d3", "d4", "d5");
        assertThat(ids(AccessScope.NONE)).isEmpty();
        assertThat(ids(AccessScope.of(Set.of("x"), false))).containsExactlyInAnyOrder("d1", "d2");
        assertThat(ids(AccessScope.of(Set.of("x", "a1"), false))).containsExactlyInAnyOrder("d1", "d2", "d3");
        assertThat(ids(AccessScope.of(Set.of("x"), true))).containsExactlyInAnyOrder("d1", "d2", "d4");
    }

    @Test
    void aScopeCombinesWithOtherCriteria() {
        assertThat(ids(AccessScope.of(Set.of("x"), true), where("currency").is("RUB"))).containsExactlyInAnyOrder("d1", "d4");
        assertThat(ids(AccessScope.ALL, where("currency").is("RUB"))).containsExactlyInAnyOrder("d1", "d3", "d4", "d5");
        assertThat(store.mongo.count(new Query(new Criteria().andOperator(where("currency").is("RUB"),
                AccessScope.of(Set.of("x", "a1"), false).toCriteria("responsibleId", "open"))), "deals")).isEqualTo(2);
    }

    @Test
    void theUnionOfScopesCoversBoth() {
        assertThat(AccessScope.of(Set.of("x"), false).union(AccessScope.of(Set.of("a1"), true)))
                .isEqualTo(AccessScope.of(Set.of("x", "a1"), true));
        assertThat(AccessScope.NONE.union(AccessScope.ALL)).isEqualTo(AccessScope.ALL);
        assertThat(AccessScope.of(Set.of(), false)).isEqualTo(AccessScope.NONE);
    }

    private List<String> ids(AccessScope scope) {
        return store.mongo.find(new Query(scope.toCriteria("responsibleId", "open")), Document.class, "deals")
                .stream().map(d -> d.getString("_id")).toList();
    }

    private List<String> ids(AccessScope scope, Criteria other) {
        return store.mongo.find(new Query(new Criteria().andOperator(other, scope.toCriteria("responsibleId", "open"))),
                Document.class, "deals").stream().map(d -> d.getString("_id")).toList();
    }

    private void insert(String id, String responsible, boolean open, String currency) {
        Document deal = new Document("_id", id).append("responsibleId", responsible).append("open", open).append("currency", currency);
        store.mongo.insert(deal, "deals");
    }
}
