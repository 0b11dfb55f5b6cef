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
 * How a commitment is loaded for a command: by {@link CommitmentRepository}, from the state this node last committed
 * or else from its latest snapshot, and the events after it. Axon's event-count trigger asks for a snapshot (taken
 * after the command's commit, on the snapshotter's own thread) when a load and its command fold {@link #THRESHOLD}
 * events or more: a commitment this node does not remember (after a restart, or written on another node) is folded
 * whole at most once, and from then on from a snapshot no more than about that many events old. Why this number:
 * docs/benchmarks.md, "Command path"; ADR 0013.
 */
@Configuration(proxyBeanMethods = false)
class CommitmentSnapshots {

    static final String REPOSITORY = "commitmentRepository";

    /** Events folded at most on a load before a snapshot is taken. */
    static final int THRESHOLD = 50;

    @Bean(REPOSITORY)
    CommitmentRepository commitmentRepository(
            EventStore eventStore,
            Snapshotter snapshotter,
            ParameterResolverFactory parameterResolverFactory,
            HandlerDefinition handlerDefinition,
            CurrentUser user) {
        EventSourcingRepository.Builder<Commitment> builder = EventSourcingRepository.builder(Commitment.class)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition)
                .eventStore(eventStore)
                .snapshotTriggerDefinition(new EventCountSnapshotTriggerDefinition(snapshotter, THRESHOLD));
        // an inspection's (or any other aggregate's) events under the id are not a commitment: not found
        builder.filterByAggregateType();
        return new CommitmentRepository(builder, eventStore, user);
    }
}
