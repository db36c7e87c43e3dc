package io.salescrm.org.api.target;

/** What a target counts: won volume in money ({@code amount} + {@code currency}) or the number of won deals. */
public enum TargetMeasure {
    AMOUNT, WON_COUNT
}
