package dev.commitmenttracker.config;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.lifecycle.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;

/**
 * Two nodes started together on one empty database both try to create each streaming processor's token rows. Axon's
 * pooled processor catches the duplicate key inside its transaction, which Spring has already marked rollback-only,
 * so the commit fails and the node does not start. Here, just before the processors start, each processor's token
 * rows are created in a transaction of their own; a node that loses the race rolls back cleanly and finds the
 * winner's rows on its next try. Every processor of this application starts with one segment.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class TokenInitialisation {

    private static final Logger log = LoggerFactory.getLogger(TokenInitialisation.class);
    private static final int ATTEMPTS = 5;
    private static final int INITIAL_SEGMENTS = 1;

    @Bean
    ConfigurerModule tokensBeforeProcessorsStart() {
        return configurer -> configurer.onInitialize(
                config -> config.onStart(Phase.INBOUND_EVENT_CONNECTORS - 1, () -> initialise(config)));
    }

    private static void initialise(Configuration config) {
        TransactionManager transactions = config.getComponent(TransactionManager.class);
        config.eventProcessingConfiguration().eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor) {
                TokenStore tokens = config.eventProcessingConfiguration().tokenStore(name);
                initialise(name, tokens, transactions, config);
            }
        });
    }

    private static void initialise(
            String processor, TokenStore tokens, TransactionManager transactions, Configuration config) {
        for (int attempt = 1; ; attempt++) {
            try {
                transactions.executeInTransaction(() -> {
                    if (tokens.fetchSegments(processor).length == 0) {
                        tokens.initializeTokenSegments(
                                processor, INITIAL_SEGMENTS, config.eventStore().createTailToken());
                    }
                });
                return;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                log.info(
                        "Token rows of processor {} were created by another node meanwhile ({}); reading them again.",
                        processor,
                        e.toString());
            }
        }
    }
}
