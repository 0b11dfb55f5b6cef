package dev.commitmenttracker.reporting;

import dev.commitmenttracker.shared.RuleViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** The streaming processors of every processing group: where they stand, and rebuilding one from the first event. */
@Service
public class ProjectionAdmin {

    private static final Logger log = LoggerFactory.getLogger(ProjectionAdmin.class);

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final ProjectionFailures failures;

    ProjectionAdmin(EventProcessingConfiguration processing, EventStore eventStore, ProjectionFailures failures) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.failures = failures;
    }

    /** Every streaming processing group, by name. */
    public List<ProjectionStatus> statuses() {
        Long head = head();
        List<ProjectionStatus> statuses = new ArrayList<>();
        streamingProcessors().forEach((name, processor) -> statuses.add(status(name, processor, head)));
        return statuses;
    }

    /** The global index of the newest event; null when the store is empty. */
    public Long head() {
        TrackingToken token = eventStore.createHeadToken();
        OptionalLong position = token == null ? OptionalLong.empty() : token.position();
        return position.isPresent() ? position.getAsLong() : null;
    }

    /**
     * Stops the processor, clears its rows (its reset handlers, in the same transaction as the token reset), sets its
     * token back before the first event and starts it again: it replays the whole store in the background.
     */
    public synchronized void rebuild(String name) {
        StreamingEventProcessor processor = streamingProcessors().get(name);
        if (processor == null) {
            throw RuleViolation.notFound("projection.not-found", "There is no projection named '" + name + "'; known: "
                    + streamingProcessors().keySet() + ".");
        }
        if (!processor.supportsReset()) {
            throw RuleViolation.conflict("projection.not-rebuildable", "Projection '" + name + "' cannot be replayed.");
        }
        log.info("Rebuilding projection {} from the first event", name);
        processor.shutDown();
        try {
            processor.resetTokens(source -> source.createTailToken());
            failures.forget(name);
        } finally {
            // if the reset failed (its transaction rolled back), the projection carries on from where it was
            processor.start();
        }
    }

    private ProjectionStatus status(String name, StreamingEventProcessor processor, Long head) {
        Map<Integer, EventTrackerStatus> trackers = new TreeMap<>(processor.processingStatus());
        List<ProjectionStatus.Segment> segments = new ArrayList<>();
        Long position = null;
        boolean positionKnown = !trackers.isEmpty();
        boolean caughtUp = !trackers.isEmpty();
        boolean replaying = false;
        boolean error = processor.isError();
        String errorMessage = null;
        for (EventTrackerStatus tracker : trackers.values()) {
            OptionalLong current = tracker.getCurrentPosition();
            Long segmentPosition = current.isPresent() ? current.getAsLong() : null;
            boolean segmentReplaying = stillReplaying(tracker, current);
            segments.add(new ProjectionStatus.Segment(tracker.getSegment().getSegmentId(), segmentPosition, tracker.isCaughtUp(),
                    segmentReplaying, tracker.isErrorState()));
            if (segmentPosition == null) {
                positionKnown = false;
            } else if (position == null || segmentPosition < position) {
                position = segmentPosition;
            }
            caughtUp &= tracker.isCaughtUp();
            replaying |= segmentReplaying;
            if (tracker.isErrorState()) {
                error = true;
                errorMessage = tracker.getError() == null ? null : ProjectionFailures.describe(tracker.getError());
            }
        }
        if (!positionKnown) {
            position = null;
        }
        var unresolved = failures.unresolved(name, position);
        if (unresolved.isPresent()) {
            error = true;
            errorMessage = errorMessage == null ? unresolved.get().message() : errorMessage;
        }
        boolean atHead = head == null || (position != null && position >= head);
        caughtUp = processor.isRunning() && !error && caughtUp && !replaying && atHead;
        return new ProjectionStatus(name, processor.getClass().getSimpleName(), processor.isRunning(), position, head, caughtUp,
                replaying, error, errorMessage, (long) failures.counter(name).count(), segments);
    }

    /**
     * Axon keeps a segment in replay mode until it handles an event beyond the position it was reset at, which may be
     * long after a quiet store has been replayed in full; the replay is over once the reset position is reached.
     */
    private static boolean stillReplaying(EventTrackerStatus tracker, OptionalLong current) {
        if (!tracker.isReplaying()) {
            return false;
        }
        OptionalLong resetAt = tracker.getResetPosition();
        return resetAt.isEmpty() || current.isEmpty() || current.getAsLong() < resetAt.getAsLong();
    }

    private Map<String, StreamingEventProcessor> streamingProcessors() {
        Map<String, StreamingEventProcessor> found = new TreeMap<>();
        for (Map.Entry<String, EventProcessor> entry : processing.eventProcessors().entrySet()) {
            if (entry.getValue() instanceof StreamingEventProcessor streaming) {
                found.put(entry.getKey(), streaming);
            }
        }
        return found;
    }
}
