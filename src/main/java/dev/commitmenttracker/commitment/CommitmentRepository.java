package dev.commitmenttracker.commitment;

import dev.commitmenttracker.commitment.api.CommitmentState;
import dev.commitmenttracker.security.CurrentUser;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;

/**
 * Loads a commitment for a command: the one read of its stream, then, still in the command's unit of work and in this
 * order, the two checks the service used to make on a read of its own:
 * <ol>
 *   <li>a command sent {@link #AREA_SCOPED} is refused unless the sender may command one of the commitment's Areas
 *       ({@link CurrentUser#requireMayCommand}); so who may not act learns nothing of its version;</li>
 *   <li>the expected version the command carries ({@code @TargetAggregateVersion}) must be the commitment's version,
 *       else {@link ConflictingAggregateVersionException}, before the handler runs.</li>
 * </ol>
 * Axon's own event-sourcing repository would instead let a stale version through to the handler and fail at commit
 * (its conflict resolution, which reads the stream again); an If-Match is a plain precondition here, so it is checked
 * at once.
 * <p>
 * The read: this node remembers the last committed state of up to {@value #REMEMBERED} commitments (their states are
 * immutable records) and reads only the events appended after it, here or on another node; a commitment it does not
 * remember is read from its latest snapshot and the events after that. Either way the store is asked, so a state is
 * never acted on without what was committed since.
 */
class CommitmentRepository extends EventSourcingRepository<Commitment> {

    /** Metadata of a command whose sender must be allowed to command the commitment's Areas. */
    static final String AREA_SCOPED = "areaScoped";

    /** Commitments whose last state this node keeps: a few megabytes for ordinary ones. */
    static final int REMEMBERED = 10_000;

    private record Known(long version, CommitmentState state) {}

    private final EventStore eventStore;
    private final CurrentUser user;
    private final Map<String, Known> known = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Known> eldest) {
            return size() > REMEMBERED;
        }
    });

    CommitmentRepository(Builder<Commitment> builder, EventStore eventStore, CurrentUser user) {
        super(builder);
        this.eventStore = eventStore;
        this.user = user;
    }

    @Override
    protected DomainEventStream readEvents(String aggregateIdentifier) {
        Known last = known.get(aggregateIdentifier);
        if (last == null) {
            return super.readEvents(aggregateIdentifier);
        }
        // handed to Axon as a snapshot would be: the aggregate itself, at its version
        return DomainEventStream.concat(
                DomainEventStream.of(new GenericDomainEventMessage<>(
                        aggregateModel().type(),
                        aggregateIdentifier,
                        last.version(),
                        Commitment.resumed(aggregateIdentifier, last.state()))),
                eventStore.readEvents(aggregateIdentifier, last.version() + 1));
    }

    @Override
    protected void validateOnLoad(Aggregate<Commitment> aggregate, Long expectedVersion) {
        remember(aggregate);
        if (Boolean.TRUE.equals(
                CurrentUnitOfWork.get().getMessage().getMetaData().get(AREA_SCOPED))) {
            // the command bus runs the handler on the sender's thread, whose login this is
            user.requireMayCommand(aggregate.invoke(Commitment::state).areas());
        }
        if (expectedVersion != null && !expectedVersion.equals(aggregate.version())) {
            throw new ConflictingAggregateVersionException(
                    aggregate.identifierAsString(), expectedVersion, aggregate.version());
        }
    }

    @Override
    protected void doSaveWithLock(EventSourcedAggregate<Commitment> aggregate) {
        super.doSaveWithLock(aggregate);
        CurrentUnitOfWork.get().afterCommit(unitOfWork -> remember(aggregate));
    }

    /** Forgets every state this node kept: the next loads read snapshots and histories (for tests). */
    void forgetAll() {
        known.clear();
    }

    private void remember(Aggregate<Commitment> aggregate) {
        Long version = aggregate.version();
        CommitmentState state = aggregate.invoke(Commitment::state);
        if (version != null && state != null) {
            known.merge(
                    aggregate.identifierAsString(),
                    new Known(version, state),
                    (kept, now) -> now.version() >= kept.version() ? now : kept);
        }
    }
}
