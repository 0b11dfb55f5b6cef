package dev.commitmenttracker.config;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Stamps every command with the login that sent it, so that every event records its actor from the
 * authentication, never from the request body. Work the system does by itself runs as {@code system}.
 */
@Component
class ActorStamping implements MessageDispatchInterceptor<CommandMessage<?>> {

    static final String SYSTEM = "system";

    ActorStamping(CommandBus commandBus) {
        commandBus.registerDispatchInterceptor(this);
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, command) -> command.getMetaData().containsKey(AxonConfig.ACTOR)
                ? command
                : command.andMetaData(Map.of(AxonConfig.ACTOR, currentActor()));
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? SYSTEM : authentication.getName();
    }
}
