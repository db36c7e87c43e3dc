package io.salescrm.analytics.api;

import java.math.BigDecimal;

/**
 * The deal figures of one key (a manager, group, pipeline or lead source, see {@link Dimension}) in one period.
 * {@code created}: deals created in the period; {@code open}: of those, the ones still open now; {@code won} and
 * {@code lost}: deals closed in the period (a reopened deal counts where it was closed last, if it is closed now);
 * {@code wonVolume}: their amount when won, in the base currency at the rate the won event carried;
 * {@code averageCheck} = wonVolume / won, half-even to the base currency's minor unit (null without won deals);
 * {@code conversion} = won / (won + lost), half-even to 4 decimals (null without closed deals). Each fact belongs to
 * the responsible employee when it happened and to his primary unit then.
 */
public record DealFigures(
        String key,
        String period,
        long created,
        long open,
        long won,
        long lost,
        BigDecimal wonVolume,
        BigDecimal averageCheck,
        BigDecimal conversion) {
}
