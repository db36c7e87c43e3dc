package io.salescrm.platform.axon;

import io.salescrm.platform.web.RequestIdFilter;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.slf4j.MDC;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** Puts the current request id into the metadata of every command dispatched on the request's thread. */
public class RequestIdPropagation implements MessageDispatchInterceptor<CommandMessage<?>> {

    public static final String METADATA_KEY = RequestIdFilter.MDC_KEY;

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            String requestId = MDC.get(RequestIdFilter.MDC_KEY);
            return requestId == null || command.getMetaData().containsKey(METADATA_KEY)
                    ? command
                    : command.andMetaData(Map.of(METADATA_KEY, requestId));
        };
    }
}
