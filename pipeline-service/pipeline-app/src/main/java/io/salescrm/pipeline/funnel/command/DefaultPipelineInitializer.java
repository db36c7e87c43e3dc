package io.salescrm.pipeline.funnel.command;

import io.salescrm.pipeline.api.pipeline.CreatePipelineCommand;
import io.salescrm.pipeline.api.pipeline.DefaultPipeline;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Creates the default "Sales" pipeline on start. Its id is fixed, so the event store refuses a second creation:
 * on every later start (or when several instances start together) that refusal means "already there".
 */
@Component
public class DefaultPipelineInitializer {

    private static final Logger log = LoggerFactory.getLogger(DefaultPipelineInitializer.class);

    private final CommandGateway commands;

    public DefaultPipelineInitializer(CommandGateway commands) {
        this.commands = commands;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void createDefaultPipeline() {
        try {
            commands.sendAndWait(new CreatePipelineCommand(DefaultPipeline.ID, DefaultPipeline.NAME,
                    DefaultPipeline.STAGES, false, false));
            log.info("Created the default pipeline '{}'", DefaultPipeline.ID);
        } catch (AggregateStreamCreationException alreadyThere) {
            log.debug("The default pipeline exists already");
        }
    }
}
