package io.salescrm.analytics.exactness;

import io.salescrm.analytics.exactness.SalesHistory.Amount;
import io.salescrm.analytics.exactness.SalesHistory.Deal;
import io.salescrm.analytics.exactness.SalesHistory.Fact;
import io.salescrm.analytics.exactness.SalesHistory.Invoice;
import io.salescrm.analytics.exactness.SalesHistory.Stay;
import io.salescrm.pipeline.api.pipeline.PipelineStage;
import io.salescrm.pipeline.api.pipeline.StageSemantics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Every figure the reports should show, computed from the generated truth with plain Java (independently of the
 * service's code), each row rendered as one comparable line.
 */
final class ExpectedFigures {

    private final SalesHistory history;
    private final Map<String, String> unitOfManager;

    ExpectedFigures(SalesHistory history, Map<String, String> unitOfManager) {
        this.history = history;
        this.unitOfManager = unitOfManager;
    }

    /** Lines "key|period|created|open|won|lost|wonVolume|averageCheck|conversion", sorted. */
    List<String> dealFigures(String dimension, String granularity, Predicate<Fact> visible) {
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, BigDecimal> volumes = new TreeMap<>();
        for (Deal deal : history.deals) {
            Fact created = deal.created;
            if (visible.test(created)) {
                long[] c = counts.computeIfAbsent(row(dimension, granularity, created), k -> new long[4]);
                c[0]++;
                if (deal.status.equals("OPEN")) {
                    c[1]++;
                }
            }
            Fact closed = deal.closed;
            if (closed != null && visible.test(closed)) {
                String row = row(dimension, granularity, closed);
                long[] c = counts.computeIfAbsent(row, k -> new long[4]);
                if (closed.outcome().equals("WON")) {
                    c[2]++;
                    volumes.merge(row, closed.amountInBase(), BigDecimal::add);
                } else {
                    c[3]++;
                }
            }
        }
        List<String> lines = new ArrayList<>();
        counts.forEach((row, c) -> {
            BigDecimal volume = volumes.getOrDefault(row, BigDecimal.ZERO).setScale(2, RoundingMode.UNNECESSARY);
            String average = c[2] == 0 ? "null" : volume.divide(BigDecimal.valueOf(c[2]), 2, RoundingMode.HALF_EVEN).toPlainString();
            String conversion = c[2] + c[3] == 0 ? "null"
                    : BigDecimal.valueOf(c[2]).divide(BigDecimal.valueOf(c[2] + c[3]), 4, RoundingMode.HALF_EVEN).toPlainString();
            lines.add(String.join("|", row, Long.toString(c[0]), Long.toString(c[1]), Long.toString(c[2]),
                    Long.toString(c[3]), volume.toPlainString(), average, conversion));
        });
        lines.sort(null);
        return lines;
    }

    /** Lines "stageId|deals|amount" of pipeline {@code pipelineId} at {@code at}, each deal with its amount then. */
    List<String> funnel(String pipelineId, Instant at) {
        Map<String, long[]> deals = new TreeMap<>();
        Map<String, BigDecimal> amounts = new TreeMap<>();
        for (Deal deal : history.deals) {
            for (Stay stay : deal.stays) {
                if (stay.pipelineId().equals(pipelineId) && !stay.enteredAt().isAfter(at)
                        && (stay.leftAt() == null || stay.leftAt().isAfter(at))) {
                    deals.computeIfAbsent(stay.stageId(), k -> new long[1])[0]++;
                    amounts.merge(stay.stageId(), amountAt(deal, at), BigDecimal::add);
                }
            }
        }
        List<String> lines = new ArrayList<>();
        deals.forEach((stage, n) -> lines.add(stage + "|" + n[0] + "|" + amounts.get(stage).toPlainString()));
        return lines;
    }

    private static BigDecimal amountAt(Deal deal, Instant at) {
        BigDecimal amount = null;
        for (Amount change : deal.amounts) {
            if (!change.at().isAfter(at)) {
                amount = change.inBase();
            }
        }
        return amount;
    }

    /**
     * Lines "stageId|stays|average|median|p90|backward" of stays of {@code pipelineId} ended in [from, to); a stay is
     * backward when it was entered from an in-progress stage that comes later in the pipeline's final order.
     */
    List<String> dwell(String pipelineId, Instant from, Instant to) {
        Map<String, List<Long>> durations = new TreeMap<>();
        Map<String, Long> backward = new TreeMap<>();
        for (Deal deal : history.deals) {
            for (Stay stay : deal.stays) {
                if (stay.pipelineId().equals(pipelineId) && stay.leftAt() != null
                        && !stay.leftAt().isBefore(from) && stay.leftAt().isBefore(to)) {
                    durations.computeIfAbsent(stay.stageId(), k -> new ArrayList<>())
                            .add(Duration.between(stay.enteredAt(), stay.leftAt()).getSeconds());
                    backward.merge(stay.stageId(), isBackward(pipelineId, stay) ? 1L : 0L, Long::sum);
                }
            }
        }
        List<String> lines = new ArrayList<>();
        durations.forEach((stage, list) -> {
            List<Long> sorted = list.stream().sorted().toList();
            BigDecimal total = BigDecimal.valueOf(sorted.stream().mapToLong(Long::longValue).sum());
            long average = total.divide(BigDecimal.valueOf(sorted.size()), 0, RoundingMode.HALF_EVEN).longValue();
            lines.add(String.join("|", stage, Integer.toString(sorted.size()), Long.toString(average),
                    Long.toString(rank(sorted, 0.5)), Long.toString(rank(sorted, 0.9)), Long.toString(backward.get(stage))));
        });
        return lines;
    }

    private boolean isBackward(String pipelineId, Stay stay) {
        List<String> inProgress = history.stageOrders.getOrDefault(pipelineId, List.of()).stream()
                .filter(stage -> stage.semantics() == StageSemantics.IN_PROGRESS).map(PipelineStage::stageId).toList();
        int from = stay.fromStageId() == null ? -1 : inProgress.indexOf(stay.fromStageId());
        int to = inProgress.indexOf(stay.stageId());
        return from >= 0 && to >= 0 && to < from;
    }

    /**
     * Lines "key|period|invoices|invoiced|paid|outstanding|overdue" of the issued, not cancelled invoices issued in
     * [from, to) by manager or group and period of the issue date, for the keys in {@code keys}, sorted.
     */
    List<String> receivables(String dimension, String granularity, LocalDate from, LocalDate to, Predicate<String> keys) {
        Map<String, Object[]> rows = new TreeMap<>();
        for (Invoice invoice : history.invoices) {
            if (invoice.issueDate == null || invoice.cancelled || invoice.issueDate.isBefore(from) || !invoice.issueDate.isBefore(to)) {
                continue;
            }
            String key = dimension.equals("MANAGER") ? invoice.responsibleId : unitOfManager.get(invoice.responsibleId);
            if (!keys.test(key)) {
                continue;
            }
            BigDecimal outstanding = invoice.balance.multiply(invoice.rate).setScale(2, RoundingMode.HALF_EVEN)
                    .max(BigDecimal.ZERO).min(invoice.totalInBase);
            BigDecimal[] sums = {invoice.totalInBase, invoice.totalInBase.subtract(outstanding), outstanding,
                    invoice.overdue ? outstanding : BigDecimal.ZERO};
            Object[] row = rows.computeIfAbsent(key + "|" + period(granularity, invoice.issueDate.atStartOfDay(ZoneOffset.UTC).toInstant()),
                    k -> new Object[]{0L, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            row[0] = (Long) row[0] + 1;
            for (int i = 0; i < sums.length; i++) {
                row[i + 1] = ((BigDecimal) row[i + 1]).add(sums[i]);
            }
        }
        List<String> lines = new ArrayList<>();
        rows.forEach((keyAndPeriod, row) -> {
            StringBuilder line = new StringBuilder(keyAndPeriod).append('|').append(row[0]);
            for (int i = 1; i < row.length; i++) {
                line.append('|').append(((BigDecimal) row[i]).setScale(2, RoundingMode.UNNECESSARY).toPlainString());
            }
            lines.add(line.toString());
        });
        lines.sort(null);
        return lines;
    }

    /** Lines "source|period|leads|converted|conversion" of the leads of {@code responsibleId} by month, sorted. */
    List<String> leadConversion(String responsibleId) {
        Map<String, long[]> counts = new TreeMap<>();
        for (SalesHistory.Lead lead : history.leads) {
            if (lead.responsibleId().equals(responsibleId)) {
                long[] c = counts.computeIfAbsent(period("MONTH", lead.createdAt()) + "|" + lead.source(), k -> new long[2]);
                c[0]++;
                if (lead.convertedToDeal()) {
                    c[1]++;
                }
            }
        }
        List<String> lines = new ArrayList<>();
        counts.forEach((periodAndSource, c) -> {
            String[] parts = periodAndSource.split("\\|");
            lines.add(String.join("|", parts[1], parts[0], Long.toString(c[0]), Long.toString(c[1]),
                    BigDecimal.valueOf(c[1]).divide(BigDecimal.valueOf(c[0]), 4, RoundingMode.HALF_EVEN).toPlainString()));
        });
        lines.sort(null);
        return lines;
    }

    private String row(String dimension, String granularity, Fact fact) {
        Function<Fact, String> key = switch (dimension) {
            case "MANAGER" -> Fact::responsibleId;
            case "GROUP" -> f -> unitOfManager.get(f.responsibleId());
            case "PIPELINE" -> Fact::pipelineId;
            case "SOURCE" -> Fact::source;
            default -> throw new IllegalArgumentException(dimension);
        };
        return Objects.toString(key.apply(fact)) + "|" + period(granularity, fact.at());
    }

    /** Period keys written out independently of the service: ISO weeks through WeekFields.ISO. */
    static String period(String granularity, Instant at) {
        LocalDate date = at.atOffset(ZoneOffset.UTC).toLocalDate();
        return switch (granularity) {
            case "DAY" -> date.toString();
            case "WEEK" -> String.format("%04d-W%02d", date.get(WeekFields.ISO.weekBasedYear()), date.get(WeekFields.ISO.weekOfWeekBasedYear()));
            case "MONTH" -> String.format("%04d-%02d", date.getYear(), date.getMonthValue());
            case "QUARTER" -> String.format("%04d-Q%d", date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
            case "YEAR" -> String.format("%04d", date.getYear());
            default -> throw new IllegalArgumentException(granularity);
        };
    }

    private static long rank(List<Long> sorted, double quantile) {
        int rank = (int) Math.ceil(BigDecimal.valueOf(quantile).multiply(BigDecimal.valueOf(sorted.size())).doubleValue());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
