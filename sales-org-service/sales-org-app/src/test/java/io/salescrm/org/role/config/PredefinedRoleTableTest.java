package io.salescrm.org.role.config;

import io.salescrm.org.api.role.AccessLevel;
import io.salescrm.org.api.role.Action;
import io.salescrm.org.api.role.EntityType;
import io.salescrm.org.api.role.PredefinedRoles;
import io.salescrm.org.role.command.RoleRules;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.salescrm.org.api.role.AccessLevel.ALL;
import static io.salescrm.org.api.role.AccessLevel.NONE;
import static io.salescrm.org.api.role.AccessLevel.OPEN;
import static io.salescrm.org.api.role.AccessLevel.OWN;
import static io.salescrm.org.api.role.AccessLevel.SUBDEPARTMENTS;
import static io.salescrm.org.role.config.PredefinedRoleTable.levelOf;
import static org.assertj.core.api.Assertions.assertThat;

/** The built-in roles grant what issue 3 and DESIGN §4 describe, and are valid roles. */
class PredefinedRoleTableTest {

    private static final List<EntityType> SALES = List.of(EntityType.LEAD, EntityType.CONTACT, EntityType.COMPANY,
            EntityType.DEAL, EntityType.QUOTE, EntityType.INVOICE);

    @Test
    void everyPredefinedRoleIsAValidRoleInCanonicalForm() {
        assertThat(PredefinedRoleTable.ROLES).extracting(PredefinedRoleTable.Definition::roleId).containsExactly(
                PredefinedRoles.ADMINISTRATOR, PredefinedRoles.HEAD_OF_SALES, PredefinedRoles.GROUP_HEAD,
                PredefinedRoles.MANAGER, PredefinedRoles.ANALYST);
        for (PredefinedRoleTable.Definition role : PredefinedRoleTable.ROLES) {
            RoleRules.Matrix matrix = RoleRules.validated(role.name(), role.permissions(), List.of());
            assertThat(matrix.permissions()).as(role.key()).isEqualTo(role.permissions());
        }
    }

    @Test
    void theAdministratorMayDoEverything() {
        for (EntityType entity : EntityType.values()) {
            for (Action action : Action.values()) {
                assertThat(levelOf(PredefinedRoles.ADMINISTRATOR, entity, action)).isEqualTo(ALL);
            }
        }
    }

    @Test
    void theHeadOfSalesSeesAllSalesAndReadsProductsAndTheOrgStructure() {
        for (EntityType entity : List.of(EntityType.LEAD, EntityType.DEAL, EntityType.INVOICE, EntityType.TARGET, EntityType.ANALYTICS)) {
            for (Action action : Action.values()) {
                assertThat(levelOf(PredefinedRoles.HEAD_OF_SALES, entity, action)).isEqualTo(ALL);
            }
        }
        assertThat(levelOf(PredefinedRoles.HEAD_OF_SALES, EntityType.PRODUCT, Action.READ)).isEqualTo(ALL);
        assertThat(levelOf(PredefinedRoles.HEAD_OF_SALES, EntityType.PRODUCT, Action.WRITE)).isEqualTo(NONE);
        assertThat(levelOf(PredefinedRoles.HEAD_OF_SALES, EntityType.ORG, Action.READ)).isEqualTo(ALL);
        assertThat(levelOf(PredefinedRoles.HEAD_OF_SALES, EntityType.ORG, Action.WRITE)).isEqualTo(NONE);
    }

    @Test
    void aGroupHeadReachesHisGroupAndTheGroupsBelow() {
        for (EntityType entity : SALES) {
            assertThat(levelOf(PredefinedRoles.GROUP_HEAD, entity, Action.READ)).isEqualTo(SUBDEPARTMENTS);
            assertThat(levelOf(PredefinedRoles.GROUP_HEAD, entity, Action.WRITE)).isEqualTo(SUBDEPARTMENTS);
        }
        assertThat(levelOf(PredefinedRoles.GROUP_HEAD, EntityType.ANALYTICS, Action.READ)).isEqualTo(SUBDEPARTMENTS);
        assertThat(levelOf(PredefinedRoles.GROUP_HEAD, EntityType.TARGET, Action.READ)).isEqualTo(SUBDEPARTMENTS);
        assertThat(levelOf(PredefinedRoles.GROUP_HEAD, EntityType.TARGET, Action.WRITE)).isEqualTo(SUBDEPARTMENTS);
        assertThat(levelOf(PredefinedRoles.GROUP_HEAD, EntityType.TARGET, Action.DELETE)).isEqualTo(NONE);
        assertThat(levelOf(PredefinedRoles.GROUP_HEAD, EntityType.PRODUCT, Action.READ)).isEqualTo(ALL);
        assertThat(levelOf(PredefinedRoles.GROUP_HEAD, EntityType.ORG, Action.READ)).isEqualTo(NONE);
    }

    @Test
    void aManagerWorksOnHisOwnRecordsAndReadsOpenOnes() {
        for (EntityType entity : SALES) {
            assertThat(levelOf(PredefinedRoles.MANAGER, entity, Action.READ)).isEqualTo(OPEN);
            for (Action action : List.of(Action.ADD, Action.WRITE, Action.DELETE, Action.EXPORT)) {
                assertThat(levelOf(PredefinedRoles.MANAGER, entity, action)).isEqualTo(OWN);
            }
            assertThat(levelOf(PredefinedRoles.MANAGER, entity, Action.IMPORT)).isEqualTo(NONE);
        }
        assertThat(levelOf(PredefinedRoles.MANAGER, EntityType.ANALYTICS, Action.READ)).isEqualTo(OWN);
        assertThat(levelOf(PredefinedRoles.MANAGER, EntityType.TARGET, Action.READ)).isEqualTo(OWN);
        assertThat(levelOf(PredefinedRoles.MANAGER, EntityType.TARGET, Action.WRITE)).isEqualTo(NONE);
        assertThat(levelOf(PredefinedRoles.MANAGER, EntityType.PRODUCT, Action.READ)).isEqualTo(ALL);
    }

    @Test
    void anAnalystReadsAndExportsAnalyticsOnly() {
        for (EntityType entity : EntityType.values()) {
            for (Action action : Action.values()) {
                AccessLevel expected = entity == EntityType.ANALYTICS && (action == Action.READ || action == Action.EXPORT) ? ALL : NONE;
                assertThat(levelOf(PredefinedRoles.ANALYST, entity, action)).as(entity + " x " + action).isEqualTo(expected);
            }
        }
    }
}
