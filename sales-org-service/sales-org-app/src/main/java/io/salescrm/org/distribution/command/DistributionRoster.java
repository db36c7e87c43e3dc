package io.salescrm.org.distribution.command;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What a distribution rule needs to know about people and their work, answered from the distribution read models
 * (the feature's own projection of org events, and its count of open leads from pipeline events). Injected into
 * the command handlers of {@link DistributionRule}.
 */
public interface DistributionRoster {

    /** Most candidates one decision considers; a unit with more active members is cut at this many (by id). */
    int MAX_CANDIDATES = 1_000;

    enum UnitStatus { UNKNOWN, OPEN, CLOSED }

    enum EmployeeStatus { UNKNOWN, ACTIVE, INACTIVE }

    UnitStatus unitStatus(String unitId);

    EmployeeStatus employeeStatus(String employeeId);

    /** The ids of the active employees whose primary or further unit is {@code unitId}. */
    List<String> activeMembers(String unitId);

    /** Open leads per employee (absent = none): leads assigned to them, or decided for them and not yet assigned. */
    Map<String, Long> openLeads(Collection<String> employeeIds);
}
