package io.salescrm.catalog.access;

import io.salescrm.org.api.role.AccessLevel;
import io.salescrm.org.api.role.Action;
import io.salescrm.org.api.role.EntityType;
import io.salescrm.platform.access.AccessDeniedProblem;
import io.salescrm.platform.access.AccessPolicy;
import io.salescrm.platform.access.CurrentEmployee;
import org.springframework.stereotype.Component;

/**
 * Access to the catalog. Catalog entities have no responsible employee, so levels only matter as "any" or "ALL":
 * reading (and exporting) needs PRODUCT READ (EXPORT) at any level other than NONE; changing and importing need the
 * action on PRODUCT at level ALL (a catalog manager).
 */
@Component
public class CatalogRights {

    private final AccessPolicy access;
    private final CurrentEmployee currentEmployee;

    public CatalogRights(AccessPolicy access, CurrentEmployee currentEmployee) {
        this.access = access;
        this.currentEmployee = currentEmployee;
    }

    public void requireRead() {
        requireAnyLevel(Action.READ);
    }

    /** The action on PRODUCT at any level other than NONE (e.g. EXPORT of the catalog). */
    public void requireAnyLevel(Action action) {
        access.requireScope(EntityType.PRODUCT, action);
    }

    /** ADD, WRITE, DELETE, IMPORT or EXPORT on the catalog: only at level ALL. */
    public void requireCatalogManager(Action action) {
        if (access.levelFor(currentEmployee.id(), EntityType.PRODUCT, action) != AccessLevel.ALL) {
            throw new AccessDeniedProblem(EntityType.PRODUCT, action,
                    "Only catalog managers (" + action + " on PRODUCT at level ALL) may do this.");
        }
    }
}
