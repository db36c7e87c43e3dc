package io.salescrm.org.target;

import io.salescrm.org.api.target.PeriodType;
import io.salescrm.org.api.target.SetTargetCommand;
import io.salescrm.org.api.target.SplitPartSpec;
import io.salescrm.org.api.target.TargetMeasure;
import io.salescrm.org.api.target.TargetPeriod;
import io.salescrm.org.api.target.TargetSetEvent;
import io.salescrm.org.api.target.TargetSubject;
import io.salescrm.org.api.target.TargetSubjectType;
import io.salescrm.org.api.target.TargetValue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Test data for targets: by default the company's plan for the second quarter of 2026, 1,000,000.00 RUB, varied
 * one field at a time.
 */
public final class TargetMother {

    public static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");
    public static final String COMPANY = "company";
    public static final LocalDate Q2 = LocalDate.parse("2026-04-01");
    public static final TargetPeriod Q2_2026 = TargetPeriod.of(PeriodType.QUARTER, Q2);

    private TargetMother() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    public static TargetSubject company() {
        return new TargetSubject(TargetSubjectType.COMPANY, COMPANY);
    }

    public static TargetSubject unit(String id) {
        return new TargetSubject(TargetSubjectType.UNIT, id);
    }

    public static TargetSubject employee(String id) {
        return new TargetSubject(TargetSubjectType.EMPLOYEE, id);
    }

    public static TargetValue rub(String amount) {
        return TargetValue.amount(new BigDecimal(amount), "RUB");
    }

    public static TargetValue won(long count) {
        return TargetValue.wonCount(count);
    }

    /** The company's Q2 2026 target of {@code amount} RUB. */
    public static SetTargetCommand companyTarget(String id, String amount) {
        return amountTarget(id, PeriodType.QUARTER, Q2, TargetSubjectType.COMPANY, COMPANY, amount, "RUB");
    }

    public static SetTargetCommand amountTarget(String id, PeriodType type, LocalDate start, TargetSubjectType subjectType,
                                                String subjectId, String amount, String currency) {
        return new SetTargetCommand(id, type, start, subjectType, subjectId, TargetMeasure.AMOUNT,
                amount == null ? null : new BigDecimal(amount), currency, null, null, null, null, null, null);
    }

    public static SetTargetCommand countTarget(String id, TargetSubjectType subjectType, String subjectId, long count) {
        return new SetTargetCommand(id, PeriodType.QUARTER, Q2, subjectType, subjectId, TargetMeasure.WON_COUNT, null,
                null, count, null, null, null, null, null);
    }

    /** The company's Q2 2026 target as {@code percent} growth over {@code baseline} RUB (default baseline period). */
    public static SetTargetCommand growthTarget(String id, String percent, String baseline) {
        return new SetTargetCommand(id, PeriodType.QUARTER, Q2, TargetSubjectType.COMPANY, COMPANY, TargetMeasure.AMOUNT,
                null, "RUB", null, new BigDecimal(percent), null, new BigDecimal(baseline), null, null);
    }

    /** What {@link #companyTarget} records. */
    public static TargetSetEvent companyTargetSet(String id, String amount) {
        return new TargetSetEvent(id, 1, Q2_2026, company(), rub(amount), null, null, null, null, NOW);
    }

    public static TargetSetEvent unitTargetSet(String id, String unitId, String amount) {
        return new TargetSetEvent(id, 1, Q2_2026, unit(unitId), rub(amount), null, null, null, null, NOW);
    }

    /** A child target created by split revision {@code splitRevision} of {@code parentId}. */
    public static TargetSetEvent childSet(String id, TargetSubject subject, TargetValue value, String parentId, int splitRevision) {
        return new TargetSetEvent(id, 1, Q2_2026, subject, value, null, parentId, splitRevision, null, NOW);
    }

    public static SplitPartSpec toUnit(String unitId, String amount) {
        return new SplitPartSpec(TargetSubjectType.UNIT, unitId, new BigDecimal(amount), null, null);
    }

    public static SplitPartSpec toEmployee(String employeeId, String amount) {
        return new SplitPartSpec(TargetSubjectType.EMPLOYEE, employeeId, new BigDecimal(amount), null, null);
    }

    public static SplitPartSpec wonByUnit(String unitId, long count) {
        return new SplitPartSpec(TargetSubjectType.UNIT, unitId, null, null, count);
    }

    public static List<SplitPartSpec> parts(SplitPartSpec... parts) {
        return List.of(parts);
    }

    /** A JSON body for POST /targets: the company's Q2 2026 target in RUB. */
    public static Map<String, Object> amountBody(String subjectType, String subjectId, String amount) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("periodType", "QUARTER");
        body.put("periodStart", "2026-04-01");
        body.put("subjectType", subjectType);
        body.put("subjectId", subjectId);
        body.put("measure", "AMOUNT");
        body.put("amount", amount);
        body.put("currency", "RUB");
        return body;
    }

    /** A JSON child of POST /targets/{id}/split. */
    public static Map<String, Object> child(String subjectType, String subjectId, String amount) {
        Map<String, Object> child = new LinkedHashMap<>();
        child.put("subjectType", subjectType);
        child.put("subjectId", subjectId);
        child.put("amount", amount);
        return child;
    }

    /** A JSON body for POST /targets/{id}/split. */
    public static Map<String, Object> splitBody(boolean draft, List<Map<String, Object>> children) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("children", children);
        body.put("draft", draft);
        return body;
    }
}
