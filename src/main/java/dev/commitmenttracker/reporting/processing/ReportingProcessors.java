package dev.commitmenttracker.reporting.processing;

import dev.commitmenttracker.config.ProcessorScaling;
import dev.commitmenttracker.config.ProjectionDeadLetters;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;

/**
 * The reporting projections run as pooled streaming processors reading the event store, split into segments that the
 * nodes share ({@link ProcessorScaling}, ADR 0017), with large batches: each batch of events, the rows it changes and
 * the token move in one transaction, so a replay commits a few times per thousand events rather than once per event.
 * A commitment's events are all in one segment; the counter rows that every commitment moves are written by one
 * segment's batch at a time ({@link ProjectionLock}).
 * An event a handler refuses is parked in the dead-letter queue with the rest of its commitment's events, and the
 * batch goes on (ADR 0011); a batch that fails as a whole (its commit, say) is rolled back and retried (ADR 0004).
 * Here rather than in application.yml, so that this module owns its tuning.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class ReportingProcessors {

    /** Events per transaction unless {@code tracker.reporting.batch-size} says otherwise; Axon's default is 1. */
    static final int BATCH_SIZE = 1000;

    @Bean
    ConfigurerModule reportingProcessorsModule(
            ProjectionFailures failures,
            ProcessorScaling scaling,
            @Value("${tracker.reporting.batch-size:" + BATCH_SIZE + "}") int batchSize) {
        return configurer -> {
            for (String group : ReportingGroups.ALL) {
                configurer
                        .eventProcessing()
                        .registerPooledStreamingEventProcessor(
                                group,
                                Configuration::eventStore,
                                (config, builder) -> scaling.tune(builder).batchSize(batchSize))
                        .registerErrorHandler(group, config -> failures.errorHandler(group));
                ProjectionDeadLetters.register(configurer.eventProcessing(), group);
            }
        };
    }
}
