package dev.commitmenttracker.commitment;

import dev.commitmenttracker.security.CurrentUser;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How a commitment is loaded for a command: by {@link CommitmentRepository}, from its latest snapshot and the events
 * after it. A snapshot is taken (after the command's commit, on the snapshotter's own thread) each time
 * {@link #THRESHOLD} events have been loaded or applied since the last one, so a load never folds more than about that
 * many events, however long the commitment's history. Why this number: docs/benchmarks.md, "Command path"; ADR 0013.
 */
@Configuration(proxyBeanMethods = false)
class CommitmentSnapshots {

    static final String REPOSITORY = "commitmentRepository";

    /** Events folded at most on a load before a snapshot is taken. */
    static final int THRESHOLD = 50;

    @Bean(REPOSITORY)
    EventSourcingRepository<Commitment> commitmentRepository(EventStore eventStore, Snapshotter snapshotter,
                                                             ParameterResolverFactory parameterResolverFactory,
                                                             HandlerDefinition handlerDefinition, CurrentUser user) {
        EventSourcingRepository.Builder<Commitment> builder = EventSourcingRepository.builder(Commitment.class)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition)
                .eventStore(eventStore)
                .snapshotTriggerDefinition(new EventCountSnapshotTriggerDefinition(snapshotter, THRESHOLD));
        // an inspection's (or any other aggregate's) events under the id are not a commitment: not found
        builder.filterByAggregateType();
        return new CommitmentRepository(builder, user);
    }
}
