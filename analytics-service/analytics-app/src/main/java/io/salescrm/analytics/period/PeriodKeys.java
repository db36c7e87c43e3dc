package io.salescrm.analytics.period;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The key of each granularity's period containing one instant, as stored on a fact (field names = granularity names). */
public final class PeriodKeys {

    private PeriodKeys() {
    }

    public static Map<String, String> of(Instant instant) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (Granularity granularity : Granularity.values()) {
            keys.put(granularity.name(), granularity.keyOf(instant));
        }
        return keys;
    }
}
