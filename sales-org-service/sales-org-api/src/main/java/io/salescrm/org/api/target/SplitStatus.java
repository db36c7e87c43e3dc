package io.salescrm.org.api.target;

/**
 * A split revision is either a {@link #DRAFT} (kept even when the parts do not add up; no child target is touched)
 * or {@link #FINAL} (adds up exactly; every part is a child target of its own).
 */
public enum SplitStatus {
    DRAFT, FINAL
}
