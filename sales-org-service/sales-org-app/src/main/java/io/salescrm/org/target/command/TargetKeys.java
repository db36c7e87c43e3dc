package io.salescrm.org.target.command;

import java.util.Optional;

/**
 * The register of active targets by subject, period and measure: at most one active target per key. Written in
 * the same transaction as the events of the command that claims or releases a key, so it never disagrees with the
 * event store. Injected into the command handlers.
 */
public interface TargetKeys {

    /** The active target holding {@code key}, if any. */
    Optional<String> holder(TargetKey key);

    /** Registers {@code targetId} as the holder of {@code key}; a 409 if another target holds it. */
    void claim(TargetKey key, String targetId);

    /** Frees {@code key} if {@code targetId} holds it. */
    void release(TargetKey key, String targetId);
}
