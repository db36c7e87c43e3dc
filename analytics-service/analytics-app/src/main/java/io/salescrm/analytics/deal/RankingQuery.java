package io.salescrm.analytics.deal;

import io.salescrm.analytics.api.DealFigures;
import io.salescrm.analytics.api.Dimension;
import io.salescrm.analytics.api.RankedFigure;
import io.salescrm.analytics.api.Ranking;
import io.salescrm.analytics.period.Granularity;
import io.salescrm.platform.access.AccessScope;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Managers, groups or departments ranked by one deal figure in a period, against the period before (from the deal
 * figures). Facts without a key (no group, or a group outside any department) rank under a null key.
 */
@Component
public class RankingQuery {

    private final DealFiguresQuery figures;

    public RankingQuery(DealFiguresQuery figures) {
        this.figures = figures;
    }

    public List<Ranking> ranking(AccessScope scope, Dimension by, Granularity granularity, LocalDate at,
                                 RankedFigure figure, int limit) {
        LocalDate start = granularity.startOf(at);
        LocalDate previousStart = granularity.previousStart(start);
        String current = granularity.keyOf(start.atStartOfDay(ZoneOffset.UTC).toInstant());
        Map<String, BigDecimal> now = new HashMap<>();
        Map<String, BigDecimal> before = new HashMap<>();
        for (DealFigures row : figures.figures(scope, by, granularity, previousStart.atStartOfDay(ZoneOffset.UTC).toInstant(),
                granularity.nextStart(start).atStartOfDay(ZoneOffset.UTC).toInstant(), null)) {
            (row.period().equals(current) ? now : before).put(row.key(), value(row, figure));
        }
        List<String> keys = new ArrayList<>(now.keySet());
        before.keySet().stream().filter(k -> !now.containsKey(k)).forEach(keys::add);
        keys.sort(Comparator.comparing((String k) -> now.get(k), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Comparator.nullsLast(Comparator.naturalOrder())));
        List<Ranking> ranking = new ArrayList<>();
        for (String key : keys.subList(0, Math.min(limit, keys.size()))) {
            BigDecimal value = now.get(key);
            BigDecimal previous = before.get(key);
            ranking.add(new Ranking(ranking.size() + 1, key, value, previous,
                    value == null || previous == null ? null : value.subtract(previous)));
        }
        return ranking;
    }

    private static BigDecimal value(DealFigures row, RankedFigure figure) {
        return switch (figure) {
            case CREATED -> BigDecimal.valueOf(row.created());
            case WON -> BigDecimal.valueOf(row.won());
            case LOST -> BigDecimal.valueOf(row.lost());
            case WON_VOLUME -> row.wonVolume();
            case AVERAGE_CHECK -> row.averageCheck();
            case CONVERSION -> row.conversion();
        };
    }
}
