package io.salescrm.catalog.template.web;

import io.salescrm.org.api.role.AccessLevel;
import io.salescrm.org.api.role.Action;
import io.salescrm.org.api.role.EntityType;
import io.salescrm.platform.access.AccessDeniedProblem;
import io.salescrm.platform.access.AccessPolicy;
import io.salescrm.platform.access.AccessScope;
import io.salescrm.platform.access.CurrentEmployee;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Who may do what with templates, scripts and quizzes:
 * <ul>
 *   <li>company content (templates, standard scripts, quizzes) is written by catalog managers: PRODUCT WRITE at
 *       level ALL;</li>
 *   <li>it is read by everyone whose roles give any PRODUCT READ;</li>
 *   <li>what belongs to one employee (his personal scripts, his quiz results) is his own; another employee's is
 *       readable where the caller's ANALYTICS READ scope covers that employee as responsible (heads: their
 *       people; an ALL level: everyone), since it tells how that person works and learns.</li>
 * </ul>
 */
@Component
public class ContentAccess {

    private final AccessPolicy access;
    private final CurrentEmployee currentEmployee;

    public ContentAccess(AccessPolicy access, CurrentEmployee currentEmployee) {
        this.access = access;
        this.currentEmployee = currentEmployee;
    }

    /** The caller, when a catalog manager; a 403 problem otherwise. */
    public String requireCatalogManager() {
        String caller = currentEmployee.id();
        if (access.levelFor(caller, EntityType.PRODUCT, Action.WRITE) != AccessLevel.ALL) {
            throw new AccessDeniedProblem(EntityType.PRODUCT, Action.WRITE,
                    "Only catalog managers (PRODUCT WRITE at level ALL) may change company content.");
        }
        return caller;
    }

    /** The caller, when his roles give any PRODUCT READ; a 403 problem otherwise. */
    public String requireReader() {
        access.requireScope(EntityType.PRODUCT, Action.READ);
        return currentEmployee.id();
    }

    /** The employees whose own content (personal scripts, quiz results) the caller may read: himself and his ANALYTICS READ scope. */
    public AccessScope peopleScope() {
        String caller = requireReader();
        return AccessScope.of(List.of(caller), false).union(access.scope(EntityType.ANALYTICS, Action.READ));
    }

    /** A 403 problem unless the caller may read {@code employeeId}'s own content. */
    public void requireMayReadContentOf(String employeeId) {
        if (!peopleScope().covers(employeeId, false)) {
            throw new AccessDeniedProblem(EntityType.ANALYTICS, Action.READ,
                    "Your roles do not reach employee " + employeeId + ".");
        }
    }
}
