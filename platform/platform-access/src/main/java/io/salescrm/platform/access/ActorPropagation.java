package io.salescrm.platform.access;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Puts the signed-in employee who caused a command into its metadata ({@value #METADATA_KEY}); a correlation data
 * provider carries it on into the events, so every timeline can say who did what. Commands dispatched without a
 * caller (event handlers, imports run in the background) keep whatever actor they were given.
 */
public class ActorPropagation implements MessageDispatchInterceptor<CommandMessage<?>> {

    public static final String METADATA_KEY = "actorId";

    private final CurrentEmployee currentEmployee;

    public ActorPropagation(CurrentEmployee currentEmployee) {
        this.currentEmployee = currentEmployee;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            if (command.getMetaData().containsKey(METADATA_KEY)) {
                return command;
            }
            return currentEmployee.idIfSignedIn()
                    .<CommandMessage<?>>map(actor -> command.andMetaData(Map.of(METADATA_KEY, actor)))
                    .orElse(command);
        };
    }
}
