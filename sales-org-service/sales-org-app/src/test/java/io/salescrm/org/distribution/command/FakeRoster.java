package io.salescrm.org.distribution.command;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An in-memory roster for aggregate tests: units, employees with their units, open leads. */
class FakeRoster implements DistributionRoster {

    private final Map<String, UnitStatus> units = new HashMap<>();
    private final Map<String, Boolean> active = new HashMap<>();
    private final Map<String, Set<String>> unitsOf = new HashMap<>();
    private final Map<String, Long> openLeads = new HashMap<>();

    FakeRoster unit(String unitId, UnitStatus status) {
        units.put(unitId, status);
        return this;
    }

    FakeRoster employee(String employeeId, boolean isActive, String... unitIds) {
        active.put(employeeId, isActive);
        unitsOf.put(employeeId, new LinkedHashSet<>(List.of(unitIds)));
        return this;
    }

    FakeRoster openLeads(String employeeId, long count) {
        openLeads.put(employeeId, count);
        return this;
    }

    @Override
    public UnitStatus unitStatus(String unitId) {
        return units.getOrDefault(unitId, UnitStatus.UNKNOWN);
    }

    @Override
    public EmployeeStatus employeeStatus(String employeeId) {
        Boolean isActive = active.get(employeeId);
        return isActive == null ? EmployeeStatus.UNKNOWN : isActive ? EmployeeStatus.ACTIVE : EmployeeStatus.INACTIVE;
    }

    @Override
    public List<String> activeMembers(String unitId) {
        List<String> members = new ArrayList<>();
        // deliberately unsorted: the rule must not rely on the roster's order
        active.forEach((id, isActive) -> {
            if (isActive && unitsOf.get(id).contains(unitId)) {
                members.add(id);
            }
        });
        return members;
    }

    @Override
    public Map<String, Long> openLeads(Collection<String> employeeIds) {
        Map<String, Long> counts = new HashMap<>();
        employeeIds.forEach(id -> {
            if (openLeads.containsKey(id)) {
                counts.put(id, openLeads.get(id));
            }
        });
        return counts;
    }
}
