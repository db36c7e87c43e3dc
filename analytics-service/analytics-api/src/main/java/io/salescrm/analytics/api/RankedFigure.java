package io.salescrm.analytics.api;

/** The deal figure a ranking orders by (see {@link DealFigures}). */
public enum RankedFigure {
    CREATED, WON, LOST, WON_VOLUME, AVERAGE_CHECK, CONVERSION
}
