package dev.commitmenttracker.commitment;

import dev.commitmenttracker.security.CurrentUser;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;

/**
 * Loads a commitment for a command: the one read of its stream (from its snapshot on, when it has one), then, still in
 * the command's unit of work and in this order, the two checks the service used to make on a read of its own:
 * <ol>
 *   <li>a command sent {@link #AREA_SCOPED} is refused unless the sender may command one of the commitment's Areas
 *       ({@link CurrentUser#requireMayCommand}); so who may not act learns nothing of its version;</li>
 *   <li>the expected version the command carries ({@code @TargetAggregateVersion}) must be the commitment's version,
 *       else {@link ConflictingAggregateVersionException}, before the handler runs.</li>
 * </ol>
 * Axon's own event-sourcing repository would instead let a stale version through to the handler and fail at commit
 * (its conflict resolution, which reads the stream again); an If-Match is a plain precondition here, so it is checked
 * at once.
 */
class CommitmentRepository extends EventSourcingRepository<Commitment> {

    /** Metadata of a command whose sender must be allowed to command the commitment's Areas. */
    static final String AREA_SCOPED = "areaScoped";

    private final CurrentUser user;

    CommitmentRepository(Builder<Commitment> builder, CurrentUser user) {
        super(builder);
        this.user = user;
    }

    @Override
    protected void validateOnLoad(Aggregate<Commitment> aggregate, Long expectedVersion) {
        if (Boolean.TRUE.equals(CurrentUnitOfWork.get().getMessage().getMetaData().get(AREA_SCOPED))) {
            // the command bus runs the handler on the sender's thread, whose login this is
            user.requireMayCommand(aggregate.invoke(Commitment::state).areas());
        }
        if (expectedVersion != null && !expectedVersion.equals(aggregate.version())) {
            throw new ConflictingAggregateVersionException(aggregate.identifierAsString(), expectedVersion, aggregate.version());
        }
    }
}
