package dev.commitmenttracker.reporting.processing;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.tokenstore.jpa.TokenEntry;
import org.axonframework.serialization.Serializer;
import org.springframework.stereotype.Component;

/**
 * A processor's segments as its token rows say, shared by every node (ADR 0017): where each stands and which node
 * holds it ({@code token_entry.owner}, null when released).
 */
@Component
class ProjectionTokens {

    /** One segment: its position (null before the first event), whether it replays, and its owner. */
    record SegmentToken(int segment, Long position, boolean replaying, String owner) {}

    private final EntityManagerProvider entityManagers;
    private final Serializer serializer;

    ProjectionTokens(EntityManagerProvider entityManagers, Serializer serializer) {
        this.entityManagers = entityManagers;
        this.serializer = serializer;
    }

    List<SegmentToken> of(String processor) {
        List<TokenEntry> entries = entityManagers
                .getEntityManager()
                .createQuery(
                        "select t from TokenEntry t where t.processorName = :name order by t.segment", TokenEntry.class)
                .setParameter("name", processor)
                .getResultList();
        List<SegmentToken> segments = new ArrayList<>();
        for (TokenEntry entry : entries) {
            TrackingToken token = entry.getToken(serializer);
            OptionalLong at = token == null ? OptionalLong.empty() : token.position();
            Long position = at.isPresent() ? at.getAsLong() : null;
            segments.add(new SegmentToken(entry.getSegment(), position, replaying(token, position), entry.getOwner()));
        }
        return segments;
    }

    /**
     * Axon keeps a segment's token a replay token until it handles an event beyond the position it was reset at, which
     * may be long after a quiet store has been replayed in full; the replay is over once the reset position is reached.
     */
    private static boolean replaying(TrackingToken token, Long position) {
        if (!ReplayToken.isReplay(token)) {
            return false;
        }
        OptionalLong resetAt = WrappedToken.unwrap(token, ReplayToken.class)
                .map(replay -> replay.getTokenAtReset() == null
                        ? OptionalLong.empty()
                        : replay.getTokenAtReset().position())
                .orElse(OptionalLong.empty());
        return resetAt.isPresent() && (position == null || position < resetAt.getAsLong());
    }
}
