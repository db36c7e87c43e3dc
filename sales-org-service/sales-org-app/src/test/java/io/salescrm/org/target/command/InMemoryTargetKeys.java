package io.salescrm.org.target.command;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@link TargetKeys} in memory, for aggregate tests. */
public class InMemoryTargetKeys implements TargetKeys {

    private final Map<TargetKey, String> holders = new HashMap<>();

    @Override
    public Optional<String> holder(TargetKey key) {
        return Optional.ofNullable(holders.get(key));
    }

    @Override
    public void claim(TargetKey key, String targetId) {
        String holder = holders.get(key);
        if (holder != null && !holder.equals(targetId)) {
            throw JdbcTargetKeys.taken(key, holder);
        }
        holders.put(key, targetId);
    }

    @Override
    public void release(TargetKey key, String targetId) {
        holders.remove(key, targetId);
    }

    public Map<TargetKey, String> holders() {
        return holders;
    }
}
