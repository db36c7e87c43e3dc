package io.salescrm.org.orgunit.query;

import io.salescrm.org.api.orgunit.OrgUnitKind;
import io.salescrm.org.employee.command.UnitDirectory;
import io.salescrm.platform.rules.RuleViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/** Reads of the org-unit read model: single units, pages of units, the whole tree, and unit status checks. */
@Component
public class OrgUnitQueries implements UnitDirectory {

    /** The largest tree {@link #tree()} returns in one piece. */
    public static final int MAX_TREE_UNITS = 5000;

    public record UnitPage(List<UnitView> items, int page, int size, long totalItems) {
    }

    /** A unit with its children, ordered by name. */
    public record TreeNode(String id, OrgUnitKind kind, String name, String headEmployeeId, boolean closed,
                           List<TreeNode> children) {
    }

    /** The whole tree from the company down; {@code root} is null before the company exists. */
    public record OrgTree(long totalUnits, TreeNode root) {
    }

    private final MongoTemplate mongo;

    public OrgUnitQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<UnitView> find(String unitId) {
        return Optional.ofNullable(mongo.findById(unitId, UnitView.class));
    }

    @Override
    public UnitStatus unitStatus(String unitId) {
        if (unitId == null) {
            return UnitStatus.UNKNOWN;
        }
        return find(unitId).map(unit -> unit.closed() ? UnitStatus.CLOSED : UnitStatus.OPEN).orElse(UnitStatus.UNKNOWN);
    }

    /** Units by name; only the children of {@code parentId} when given; closed ones only if asked for. */
    public UnitPage list(String parentId, boolean includeClosed, int page, int size) {
        Query query = new Query();
        if (parentId != null) {
            query.addCriteria(where("parentUnitId").is(parentId));
        }
        if (!includeClosed) {
            query.addCriteria(where("closed").is(false));
        }
        long total = mongo.count(query, UnitView.class);
        query.with(Sort.by("name", "_id")).skip((long) page * size).limit(size);
        return new UnitPage(mongo.find(query, UnitView.class), page, size, total);
    }

    /** The whole tree; refused (422) above {@value #MAX_TREE_UNITS} units, which are then browsed level by level. */
    public OrgTree tree() {
        long total = mongo.count(new Query(), UnitView.class);
        if (total > MAX_TREE_UNITS) {
            throw new RuleViolationException("tree-too-large", "The org structure has " + total + " units, more than the "
                    + MAX_TREE_UNITS + " returned in one piece; browse it level by level with GET /units?parentId=<id>.");
        }
        List<UnitView> units = mongo.find(new Query().limit(MAX_TREE_UNITS + 1), UnitView.class);
        Map<String, List<UnitView>> children = new HashMap<>();
        UnitView company = null;
        for (UnitView unit : units) {
            if (unit.parentUnitId() == null) {
                company = unit;
            } else {
                children.computeIfAbsent(unit.parentUnitId(), parent -> new ArrayList<>()).add(unit);
            }
        }
        return new OrgTree(units.size(), company == null ? null : node(company, children));
    }

    private static TreeNode node(UnitView unit, Map<String, List<UnitView>> children) {
        List<TreeNode> below = children.getOrDefault(unit.id(), List.of()).stream()
                .sorted(Comparator.comparing(UnitView::name, String.CASE_INSENSITIVE_ORDER).thenComparing(UnitView::id))
                .map(child -> node(child, children))
                .toList();
        return new TreeNode(unit.id(), unit.kind(), unit.name(), unit.headEmployeeId(), unit.closed(), below);
    }

    /** Whether the unit is in the read model yet (used while waiting for a freshly created unit). */
    public boolean exists(String unitId) {
        return mongo.exists(query(where("_id").is(unitId)), UnitView.class);
    }
}
