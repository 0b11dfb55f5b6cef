package dev.commitmenttracker.config;

import java.util.Comparator;
import java.util.List;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackerStatus;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.lifecycle.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;

/**
 * Every streaming processor's token rows, made before the processors start: {@code tracker.processors.segments} of
 * them ({@link ProcessorScaling}).
 * <p>
 * Two nodes started together on one empty database both try to create the rows. Axon's pooled processor catches the
 * duplicate key inside its transaction, which Spring has already marked rollback-only, so the commit fails and the node
 * does not start. Here each processor's rows are created in a transaction of their own; a node that loses the race
 * rolls back cleanly and finds the winner's rows on its next try.
 * <p>
 * A database made with fewer segments (every processor had one before ADR 0017) is split here, one segment into two at
 * a time as Axon's own split does (the halves start from the segment's token, so nothing is processed twice or missed),
 * until there are as many as configured. A segment another node holds is not split now: the split happens when a node
 * starts while it is free (all nodes upgraded and restarted). More segments than configured are left as they are
 * (merging is an operation of its own, see docs/multi-node.md).
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class TokenInitialisation {

    private static final Logger log = LoggerFactory.getLogger(TokenInitialisation.class);
    private static final int ATTEMPTS = 5;

    @Bean
    ConfigurerModule tokensBeforeProcessorsStart(ProcessorScaling scaling) {
        return configurer -> configurer.onInitialize(config ->
                config.onStart(Phase.INBOUND_EVENT_CONNECTORS - 1, () -> initialise(config, scaling.segments())));
    }

    private static void initialise(Configuration config, int segments) {
        TransactionManager transactions = config.getComponent(TransactionManager.class);
        config.eventProcessingConfiguration().eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor) {
                TokenStore tokens = config.eventProcessingConfiguration().tokenStore(name);
                initialise(name, tokens, transactions, config, segments);
            }
        });
    }

    static void initialise(
            String processor, TokenStore tokens, TransactionManager transactions, Configuration config, int segments) {
        for (int attempt = 1; ; attempt++) {
            try {
                transactions.executeInTransaction(() -> {
                    if (tokens.fetchSegments(processor).length == 0) {
                        tokens.initializeTokenSegments(
                                processor, segments, config.eventStore().createTailToken());
                    }
                });
                split(processor, tokens, transactions, segments);
                return;
            } catch (UnableToClaimTokenException e) {
                log.warn(
                        "Processor {} has fewer segments than the {} configured, and another node holds the one to split;"
                                + " it is split when a node starts while it is free ({})",
                        processor,
                        segments,
                        e.getMessage());
                return;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                log.info(
                        "Token rows of processor {} were changed by another node meanwhile ({}); reading them again.",
                        processor,
                        e.toString());
            }
        }
    }

    /** Splits the widest segment in two until the processor has {@code segments} of them. */
    static void split(String processor, TokenStore tokens, TransactionManager transactions, int segments) {
        while (true) {
            boolean splitOne = transactions.fetchInTransaction(() -> {
                int[] ids = tokens.fetchSegments(processor);
                if (ids.length >= segments) {
                    return false;
                }
                Segment widest = List.of(Segment.computeSegments(ids)).stream()
                        .min(Comparator.comparingInt(Segment::getMask).thenComparingInt(Segment::getSegmentId))
                        .orElseThrow();
                // claims the segment: fails if another node holds it
                TrackingToken token = tokens.fetchToken(processor, widest.getSegmentId());
                // as Axon's own split does (a replay or merged token is divided between the halves)
                TrackerStatus[] halves = TrackerStatus.split(widest, token);
                tokens.initializeSegment(
                        halves[1].getInternalTrackingToken(),
                        processor,
                        halves[1].getSegment().getSegmentId());
                tokens.releaseClaim(processor, widest.getSegmentId());
                log.info(
                        "Processor {}: segment {} split into {} and {}",
                        processor,
                        widest.getSegmentId(),
                        halves[0].getSegment().getSegmentId(),
                        halves[1].getSegment().getSegmentId());
                return true;
            });
            if (!splitOne) {
                return;
            }
        }
    }
}
