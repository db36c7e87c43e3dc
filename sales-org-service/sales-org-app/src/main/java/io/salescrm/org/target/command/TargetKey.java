package io.salescrm.org.target.command;

import io.salescrm.org.api.target.TargetMeasure;
import io.salescrm.org.api.target.TargetPeriod;
import io.salescrm.org.api.target.TargetSubject;

/** What makes a target unique among the active ones: its subject, period and measure. */
public record TargetKey(TargetSubject subject, TargetPeriod period, TargetMeasure measure) {

    public String describe() {
        return subject.type() + " " + subject.id() + " " + period.type() + " from " + period.start() + " (" + measure + ")";
    }
}
