package dev.commitmenttracker.config;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Event processors are woken when an event is committed instead of finding it on their next poll (ADR 0012): the event
 * store is a {@link WakingEventStore}, and on PostgreSQL the nodes tell each other of commits with LISTEN/NOTIFY
 * ({@link EventNotifications}).
 * <p>
 * Settings: {@code tracker.processors.poll-interval} (default 1 s), how often the store looks for new events that no
 * one announced, the safety net; {@code tracker.processors.wake-up.enabled} (default true), false leaves the processors
 * to that poll alone; {@code tracker.processors.wake-up.notify} (default true), LISTEN/NOTIFY between nodes on
 * PostgreSQL (the embedded H2 database has one node and only polls).
 */
@Configuration(proxyBeanMethods = false)
class ProcessorWakeUp {

    private static final Logger log = LoggerFactory.getLogger(ProcessorWakeUp.class);

    /** Axon's auto-configured store, woken on commit; same bean name, so Axon's own steps back. */
    @Bean(name = "eventBus")
    WakingEventStore eventStore(
            EventStorageEngine storageEngine,
            org.axonframework.config.Configuration configuration,
            @Value("${tracker.processors.poll-interval:1s}") Duration pollInterval,
            @Value("${tracker.processors.wake-up.enabled:true}") boolean wakeUp) {
        EmbeddedEventStore.Builder builder = EmbeddedEventStore.builder()
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .fetchDelay(pollInterval.toMillis())
                .timeUnit(TimeUnit.MILLISECONDS);
        return WakingEventStore.build(builder, storageEngine, wakeUp);
    }

    /** On PostgreSQL, with the wake-up on: commits announced to, and heard from, the other nodes. */
    @Bean
    EventNotifications eventNotifications(
            WakingEventStore eventStore,
            EntityManagerProvider entityManagers,
            ObjectProvider<DataSourceProperties> dataSource,
            @Value("${tracker.processors.wake-up.enabled:true}") boolean wakeUp,
            @Value("${tracker.processors.wake-up.notify:true}") boolean notify) {
        DataSourceProperties properties = dataSource.getIfAvailable();
        String url = properties == null ? null : properties.determineUrl();
        boolean onPostgres = url != null && url.startsWith("jdbc:postgresql:");
        EventNotifications notifications = new EventNotifications(
                url,
                properties == null ? null : properties.determineUsername(),
                properties == null ? null : properties.determinePassword(),
                eventStore::fetchNow,
                wakeUp && notify && onPostgres);
        if (notifications.enabled()) {
            eventStore.announceCommitsWith(() -> notifications.announce(entityManagers));
        } else {
            log.info(
                    "Events committed by other nodes are found by the event store's poll alone (LISTEN/NOTIFY {})",
                    onPostgres ? "switched off" : "needs PostgreSQL");
        }
        return notifications;
    }
}
