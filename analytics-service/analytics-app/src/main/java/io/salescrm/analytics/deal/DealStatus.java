package io.salescrm.analytics.deal;

/** Where a deal stands: still worked, or closed as won or lost (until reopened). */
public enum DealStatus {
    OPEN, WON, LOST
}
