package io.salescrm.platform.access.model;

import io.salescrm.org.api.orgunit.OrgUnitKind;
import org.springframework.data.annotation.Id;

import java.util.List;

/**
 * One unit of the org tree in collection {@value #COLLECTION}. {@code path} lists its ancestors from the company
 * down to its parent, so the descendants of a unit are the units whose path contains it (one indexed query).
 */
public record AccessUnit(@Id String id, OrgUnitKind kind, String name, String parentId, List<String> path,
                         String headEmployeeId, boolean closed) {

    public static final String COLLECTION = "access_units";

    public AccessUnit {
        path = path == null ? List.of() : List.copyOf(path);
    }

    /** The path a child of this unit has. */
    List<String> childPath() {
        var child = new java.util.ArrayList<>(path);
        child.add(id);
        return child;
    }
}
