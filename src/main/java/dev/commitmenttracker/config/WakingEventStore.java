package dev.commitmenttracker.config;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Axon's embedded event store, whose streams wake the processors reading them as soon as new events are in its cache.
 * <p>
 * Axon's store has one producer thread that reads new events from the database into a cache which every processor's
 * stream tails. The producer reads when an event is committed in this JVM and otherwise every {@code fetchDelay}. A
 * tracking processor waits on the cache and sees an event as soon as it is there, but a pooled streaming processor's
 * coordinator only looks every 500 ms unless its stream offers an "events available" callback, which Axon's streams
 * do not: a new event waited 0-500 ms for the reporting projections. Here the streams offer the callback, and it is
 * called each time the producer has read new events into the cache, so that the coordinator reads them at once.
 * <p>
 * What makes the producer read: a commit in this JVM ({@link #afterCommit}, which Axon's store already had), {@link #fetchNow()} (called when another
 * node announces a commit, {@link EventNotifications}), and its own poll every {@code fetchDelay}, which stays as the
 * safety net. Before the appending transaction commits, {@link #prepareCommit} lets the announcer add its notice to it.
 * With the wake-up switched off, the producer reads only on its poll: the store then behaves as a pure poller.
 */
public class WakingEventStore extends EmbeddedEventStore {

    private static final Logger log = LoggerFactory.getLogger(WakingEventStore.class);

    private final Set<Runnable> callbacks;
    private final boolean wakeOnCommit;
    private volatile Runnable announcer = () -> {};

    private WakingEventStore(Builder builder, Set<Runnable> callbacks, boolean wakeOnCommit) {
        super(builder);
        this.callbacks = callbacks;
        this.wakeOnCommit = wakeOnCommit;
    }

    /**
     * The store {@code builder} describes, reading from {@code storageEngine}, woken on commit when {@code wakeOnCommit}.
     * The engine is wrapped so that each read of the producer that brings new events calls the streams' callbacks when
     * it is over.
     */
    static WakingEventStore build(Builder builder, EventStorageEngine storageEngine, boolean wakeOnCommit) {
        Set<Runnable> callbacks = new CopyOnWriteArraySet<>();
        return new WakingEventStore(
                builder.storageEngine(new SignallingEngine(storageEngine, callbacks)), callbacks, wakeOnCommit);
    }

    /** Sets what is done in every appending transaction before it commits (on PostgreSQL, a NOTIFY). */
    void announceCommitsWith(Runnable announcer) {
        this.announcer = announcer;
    }

    /** Makes the producer read new events now: another node has committed some. */
    public void fetchNow() {
        super.afterCommit(List.of());
    }

    @Override
    protected void prepareCommit(List<? extends EventMessage<?>> events) {
        super.prepareCommit(events);
        if (!events.isEmpty()) {
            announcer.run();
        }
    }

    /**
     * Wakes the producer once the events are committed: now, or, when the unit of work took part in a wider Spring
     * transaction that is still open, when that one commits (before, the producer would find nothing).
     */
    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        if (!wakeOnCommit) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    fetchNow();
                }
            });
        } else {
            fetchNow();
        }
    }

    @Override
    public TrackingEventStream openStream(TrackingToken trackingToken) {
        return new WakingStream(super.openStream(trackingToken), callbacks);
    }

    /** A stream of the store that accepts an "events available" callback, called after each producer read that found events. */
    private static final class WakingStream implements TrackingEventStream {

        private final TrackingEventStream delegate;
        private final Set<Runnable> callbacks;
        private Runnable callback;

        WakingStream(TrackingEventStream delegate, Set<Runnable> callbacks) {
            this.delegate = delegate;
            this.callbacks = callbacks;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return delegate.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return delegate.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return delegate.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public synchronized boolean setOnAvailableCallback(Runnable callback) {
            if (this.callback != null) {
                callbacks.remove(this.callback);
            }
            this.callback = callback;
            callbacks.add(callback);
            return true;
        }

        @Override
        public synchronized void close() {
            if (callback != null) {
                callbacks.remove(callback);
                callback = null;
            }
            delegate.close();
        }
    }

    /**
     * The storage engine as the store sees it: unchanged, except that a read of new events made for the producer (the
     * only reader asking with {@code mayBlock}) calls the callbacks once it is over, when its events are in the cache.
     */
    private record SignallingEngine(EventStorageEngine delegate, Set<Runnable> callbacks)
            implements EventStorageEngine {

        @Override
        public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
            Stream<? extends TrackedEventMessage<?>> events = delegate.readEvents(trackingToken, mayBlock);
            if (!mayBlock) {
                return events;
            }
            return StreamSupport.stream(new Signalling<>(events.spliterator(), this::signal), false)
                    .onClose(events::close);
        }

        private void signal() {
            for (Runnable callback : callbacks) {
                try {
                    callback.run();
                } catch (RuntimeException e) {
                    log.warn("Waking a processor failed; it will find the events on its next look", e);
                }
            }
        }

        @Override
        public void appendEvents(List<? extends EventMessage<?>> events) {
            delegate.appendEvents(events);
        }

        @Override
        public void storeSnapshot(DomainEventMessage<?> snapshot) {
            delegate.storeSnapshot(snapshot);
        }

        @Override
        public DomainEventStream readEvents(String aggregateIdentifier) {
            return delegate.readEvents(aggregateIdentifier);
        }

        @Override
        public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
            return delegate.readEvents(aggregateIdentifier, firstSequenceNumber);
        }

        @Override
        public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
            return delegate.readSnapshot(aggregateIdentifier);
        }

        @Override
        public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
            return delegate.lastSequenceNumberFor(aggregateIdentifier);
        }

        @Override
        public TrackingToken createTailToken() {
            return delegate.createTailToken();
        }

        @Override
        public TrackingToken createHeadToken() {
            return delegate.createHeadToken();
        }

        @Override
        public TrackingToken createTokenAt(java.time.Instant dateTime) {
            return delegate.createTokenAt(dateTime);
        }
    }

    /** Passes elements through and, when the source is exhausted after at least one, runs {@code whenDone}. */
    private static final class Signalling<T> implements Spliterator<T> {

        private final Spliterator<T> source;
        private final Runnable whenDone;
        private boolean any;

        Signalling(Spliterator<T> source, Runnable whenDone) {
            this.source = source;
            this.whenDone = whenDone;
        }

        @Override
        public boolean tryAdvance(Consumer<? super T> action) {
            if (source.tryAdvance(action)) {
                any = true;
                return true;
            }
            done();
            return false;
        }

        @Override
        public void forEachRemaining(Consumer<? super T> action) {
            source.forEachRemaining(element -> {
                any = true;
                action.accept(element);
            });
            done();
        }

        private void done() {
            if (any) {
                any = false;
                whenDone.run();
            }
        }

        @Override
        public Spliterator<T> trySplit() {
            return null;
        }

        @Override
        public long estimateSize() {
            return source.estimateSize();
        }

        @Override
        public int characteristics() {
            return source.characteristics() & ~(SIZED | SUBSIZED);
        }
    }
}
