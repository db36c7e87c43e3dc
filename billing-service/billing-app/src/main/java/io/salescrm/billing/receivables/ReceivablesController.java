package io.salescrm.billing.receivables;

import io.salescrm.billing.reference.employee.EmployeeReference;
import io.salescrm.billing.reference.employee.EmployeeReferences;
import io.salescrm.org.api.role.Action;
import io.salescrm.org.api.role.EntityType;
import io.salescrm.platform.access.AccessPolicy;
import io.salescrm.platform.access.AccessScope;
import io.salescrm.platform.access.model.AccessEmployee;
import io.salescrm.platform.access.model.AccessModel;
import io.salescrm.platform.access.model.AccessUnit;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Control of incoming money": what was invoiced, paid and is still owed, with the overdue part by age, per
 * responsible employee, per group (the employee's primary org unit) or per client. Only invoices inside the caller's
 * INVOICE READ scope count: the scope filters the aggregation in the database.
 */
@RestController
@RequestMapping("/receivables")
public class ReceivablesController {

    public record ReceivablesReport(ReceivablesGrouping groupBy, LocalDate asOf, List<ReceivablesRow> items, int page,
                                    int size, long totalItems) {
    }

    private final ReceivablesQuery query;
    private final AccessPolicy access;
    private final AccessModel accessModel;
    private final EmployeeReferences employees;
    private final MongoTemplate mongo;

    public ReceivablesController(ReceivablesQuery query, AccessPolicy access, AccessModel accessModel,
                                 EmployeeReferences employees, MongoTemplate mongo) {
        this.query = query;
        this.access = access;
        this.accessModel = accessModel;
        this.employees = employees;
        this.mongo = mongo;
    }

    @GetMapping
    @Operation(summary = "Receivables per responsible, group or client and currency, largest outstanding first",
            description = "Overdue balances by days past the due date on today (UTC): 1-30, 31-60, 61-90, over 90. "
                    + "Counts only invoices the caller may read. At most 100 rows per page.")
    public ReceivablesReport report(@RequestParam(defaultValue = "RESPONSIBLE") ReceivablesGrouping groupBy,
                                    @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                                    @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        AccessScope scope = access.requireScope(EntityType.INVOICE, Action.READ);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<ReceivablesRow> rows = switch (groupBy) {
            case RESPONSIBLE -> query.byResponsible(scope, today).stream().map(this::namedEmployee).toList();
            case GROUP -> byGroup(query.byResponsible(scope, today));
            case CLIENT -> query.byClient(scope, today);
        };
        List<ReceivablesRow> sorted = rows.stream()
                .sorted(Comparator.comparing(ReceivablesRow::outstanding).reversed().thenComparing(ReceivablesRow::key, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        int from = Math.min(page * size, sorted.size());
        return new ReceivablesReport(groupBy, today, sorted.subList(from, Math.min(from + size, sorted.size())), page,
                size, sorted.size());
    }

    private ReceivablesRow namedEmployee(ReceivablesRow row) {
        String name = employees.employee(row.key()).map(EmployeeReference::fullName).orElse(null);
        return withKey(row, row.key(), name);
    }

    /** Each employee's rows added up under his primary unit (employees without one under "no group"). */
    private List<ReceivablesRow> byGroup(List<ReceivablesRow> perEmployee) {
        Map<List<String>, ReceivablesRow> groups = new LinkedHashMap<>();
        for (ReceivablesRow row : perEmployee) {
            String unitId = accessModel.employee(row.key()).map(AccessEmployee::primaryUnitId).orElse(null);
            String unitName = unitId == null ? null
                    : Optional.ofNullable(mongo.findById(unitId, AccessUnit.class, AccessUnit.COLLECTION)).map(AccessUnit::name).orElse(null);
            ReceivablesRow asGroup = withKey(row, unitId, unitName);
            groups.merge(Arrays.asList(unitId, row.currency()), asGroup, ReceivablesRow::plus);
        }
        return List.copyOf(groups.values());
    }

    private static ReceivablesRow withKey(ReceivablesRow row, String key, String name) {
        return new ReceivablesRow(key, name, row.currency(), row.invoices(), row.issued(), row.paid(), row.outstanding(),
                row.overdue1To30(), row.overdue31To60(), row.overdue61To90(), row.overdueOver90());
    }
}
