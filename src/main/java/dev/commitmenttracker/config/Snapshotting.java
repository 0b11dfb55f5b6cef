package dev.commitmenttracker.config;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.SnapshotterSpanFactory;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The snapshotter, as Axon's auto-configuration would make it but on a thread of its own: a snapshot is taken after
 * the command that asked for it has committed, without the request waiting for it. Which aggregates have snapshots,
 * and how often, each aggregate's repository says (commitment: {@code CommitmentSnapshots}). A snapshot that cannot be
 * queued (more than {@value #QUEUE} waiting) is dropped: it is only a shortcut, and the next command past the threshold
 * asks for another. Snapshots are not events: they are kept in their own table, outside the hash chain and the history.
 */
@Configuration(proxyBeanMethods = false)
class Snapshotting implements DisposableBean {

    static final int QUEUE = 1000;

    // not a bean: an Executor bean would displace Spring's own task executor
    private final ExecutorService executor = new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(QUEUE),
            new AxonThreadFactory("snapshotter"),
            new ThreadPoolExecutor.DiscardPolicy());

    @Bean
    SpringAggregateSnapshotter aggregateSnapshotter(
            org.axonframework.config.Configuration configuration,
            HandlerDefinition handlerDefinition,
            ParameterResolverFactory parameterResolverFactory,
            EventStore eventStore,
            TransactionManager transactionManager,
            SnapshotterSpanFactory spanFactory) {
        return SpringAggregateSnapshotter.builder()
                .repositoryProvider(configuration::repository)
                .transactionManager(transactionManager)
                .eventStore(eventStore)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition)
                .spanFactory(spanFactory)
                .executor(executor)
                .build();
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
