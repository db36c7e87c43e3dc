package io.salescrm.analytics;

/**
 * Every analytics projection handles its events in one processing group on the Kafka source: one consumer reads all
 * topics, and a rebuild resets one processor.
 */
public final class AnalyticsProcessing {

    public static final String GROUP = "analytics";

    private AnalyticsProcessing() {
    }
}
