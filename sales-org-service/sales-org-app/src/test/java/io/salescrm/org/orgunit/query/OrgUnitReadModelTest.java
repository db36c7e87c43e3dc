package io.salescrm.org.orgunit.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.salescrm.org.api.orgunit.OrgUnitClosedEvent;
import io.salescrm.org.api.orgunit.OrgUnitHeadSetEvent;
import io.salescrm.org.api.orgunit.OrgUnitKind;
import io.salescrm.org.api.orgunit.OrgUnitMovedEvent;
import io.salescrm.org.api.orgunit.OrgUnitRenamedEvent;
import io.salescrm.org.employee.command.UnitDirectory.UnitStatus;
import io.salescrm.platform.rules.RuleViolationException;
import io.salescrm.platform.test.EmbeddedInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.salescrm.org.orgunit.OrgUnitMother.COMPANY;
import static io.salescrm.org.orgunit.OrgUnitMother.S;
import static io.salescrm.org.orgunit.OrgUnitMother.companyCreated;
import static io.salescrm.org.orgunit.OrgUnitMother.departmentCreated;
import static io.salescrm.org.orgunit.OrgUnitMother.groupCreated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The org-unit read model against the MongoDB wire server: idempotent projection, pages and the bounded tree. */
class OrgUnitReadModelTest {

    private static final Instant T = Instant.parse("2026-03-01T10:15:30Z");

    private MongoClient client;
    private MongoTemplate mongo;
    private UnitViewProjection projection;
    private OrgUnitQueries queries;

    @BeforeEach
    void setUp() {
        client = MongoClients.create(EmbeddedInfrastructure.mongoUri());
        mongo = new MongoTemplate(client, "units_" + UUID.randomUUID().toString().substring(0, 8));
        projection = new UnitViewProjection(mongo);
        queries = new OrgUnitQueries(mongo);
    }

    @AfterEach
    void tearDown() {
        mongo.getDb().drop();
        client.close();
    }

    @Test
    void replayingTheStructureLeavesTheSameUnits() {
        for (int pass = 0; pass < 2; pass++) {
            projection.on(companyCreated(), 0, T);
            projection.on(departmentCreated("sales", "Sales", COMPANY), 1, T);
            projection.on(departmentCreated("north", "North", COMPANY), 2, T);
            projection.on(groupCreated("g1", "Group 1", "sales"), 3, T);
            projection.on(new OrgUnitMovedEvent(S, "g1", "sales", "north"), 4);
            projection.on(new OrgUnitRenamedEvent(S, "g1", "Key accounts"), 5);
            projection.on(new OrgUnitHeadSetEvent(S, "g1", "e1"), 6);
            projection.on(new OrgUnitClosedEvent(S, "sales"), 7);
            // a late redelivery of an older rename
            projection.on(new OrgUnitRenamedEvent(S, "sales", "Old sales"), 1);
        }
        UnitView group = queries.find("g1").orElseThrow();
        assertThat(group).isEqualTo(new UnitView("g1", OrgUnitKind.SALES_GROUP, "Key accounts", "north", "e1", false, T, 6));
        assertThat(queries.find("sales").orElseThrow().name()).isEqualTo("Sales");
        assertThat(queries.unitStatus("sales")).isEqualTo(UnitStatus.CLOSED);
        assertThat(queries.unitStatus("north")).isEqualTo(UnitStatus.OPEN);
        assertThat(queries.unitStatus("nowhere")).isEqualTo(UnitStatus.UNKNOWN);

        assertThat(queries.list(COMPANY, true, 0, 10).items()).extracting(UnitView::id).containsExactly("north", "sales");
        assertThat(queries.list(COMPANY, false, 0, 10).items()).extracting(UnitView::id).containsExactly("north");
        assertThat(queries.list(null, true, 1, 2).totalItems()).isEqualTo(4);

        OrgUnitQueries.OrgTree tree = queries.tree();
        assertThat(tree.totalUnits()).isEqualTo(4);
        assertThat(tree.root().id()).isEqualTo(COMPANY);
        assertThat(tree.root().children()).extracting(OrgUnitQueries.TreeNode::id).containsExactly("north", "sales");
        assertThat(tree.root().children().get(0).children()).extracting(OrgUnitQueries.TreeNode::name).containsExactly("Key accounts");
    }

    @Test
    void theTreeIsRefusedAboveItsBoundWithAHint() {
        projection.on(companyCreated(), 0, T);
        List<UnitView> units = new ArrayList<>();
        for (int i = 1; i <= OrgUnitQueries.MAX_TREE_UNITS; i++) {
            units.add(new UnitView("u" + i, OrgUnitKind.DEPARTMENT, "Unit " + i, COMPANY, null, false, T, i));
        }
        mongo.insertAll(units);
        assertThatThrownBy(queries::tree)
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo("tree-too-large"))
                .hasMessageContaining("GET /units?parentId=");
        assertThat(queries.list(COMPANY, true, 0, 100).totalItems()).isEqualTo(OrgUnitQueries.MAX_TREE_UNITS);
    }

    @Test
    void theTreeIsEmptyBeforeTheCompany() {
        assertThat(queries.tree().root()).isNull();
    }
}
