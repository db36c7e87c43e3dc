package io.salescrm.analytics.admin;

import io.salescrm.analytics.AnalyticsProcessing;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the events the {@code analytics} processor's handlers have handled (events none of them handles are not
 * counted), since the last rebuild started on this instance, or since it started. A redelivered event counts again.
 */
@Component
public class HandledEvents implements MessageHandlerInterceptor<EventMessage<?>> {

    private final AtomicLong handled = new AtomicLong();

    @Autowired
    void interceptAnalyticsProcessor(EventProcessingConfigurer processing) {
        processing.registerHandlerInterceptor(AnalyticsProcessing.GROUP, configuration -> this);
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object result = chain.proceed();
        handled.incrementAndGet();
        return result;
    }

    long count() {
        return handled.get();
    }

    /** Only while the processor is stopped, so no event is counted on either side. */
    void reset() {
        handled.set(0);
    }
}
