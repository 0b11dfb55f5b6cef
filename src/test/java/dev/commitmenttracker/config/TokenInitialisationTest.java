package dev.commitmenttracker.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.junit.jupiter.api.Test;

/** A database made when every processor had one segment is split at start into as many as configured. */
class TokenInitialisationTest {

    static final String PROCESSOR = "commitment-progress";

    @Test
    void givenOneSegmentAtAPosition_whenFourAreConfigured_thenItIsSplitIntoFourThatCoverEveryEventFromThatPosition() {
        InMemoryTokenStore tokens = new InMemoryTokenStore();
        tokens.initializeTokenSegments(PROCESSOR, 1, new GlobalSequenceTrackingToken(41));

        TokenInitialisation.split(PROCESSOR, tokens, NoTransactionManager.instance(), 4);

        int[] segments = tokens.fetchSegments(PROCESSOR);
        assertThat(segments).containsExactlyInAnyOrder(0, 1, 2, 3);
        Segment[] computed = Segment.computeSegments(segments);
        for (int value = 0; value < 1000; value++) {
            int hash = value;
            assertThat(Arrays.stream(computed).filter(segment -> segment.matches(hash)))
                    .as("segments matching " + value)
                    .hasSize(1);
        }
        for (int segment : segments) {
            assertThat(tokens.fetchToken(PROCESSOR, segment)).isEqualTo(new GlobalSequenceTrackingToken(41));
            tokens.releaseClaim(PROCESSOR, segment);
        }
    }

    @Test
    void givenAsManySegmentsAsConfigured_whenInitialised_thenNothingChanges() {
        InMemoryTokenStore tokens = new InMemoryTokenStore();
        tokens.initializeTokenSegments(PROCESSOR, 4, new GlobalSequenceTrackingToken(7));

        TokenInitialisation.split(PROCESSOR, tokens, NoTransactionManager.instance(), 2);

        assertThat(tokens.fetchSegments(PROCESSOR)).containsExactlyInAnyOrder(0, 1, 2, 3);
    }

    @Test
    void givenTheSegmentHeldByAnotherNode_whenSplit_thenRefusedAndLeftAsItWas() {
        // the JPA store refuses the claim of a segment another node holds; here a store that always refuses it
        InMemoryTokenStore held = new InMemoryTokenStore() {
            @Override
            public org.axonframework.eventhandling.TrackingToken fetchToken(String processorName, int segment) {
                throw new UnableToClaimTokenException("held by node-b");
            }
        };
        held.initializeTokenSegments(PROCESSOR, 1, new GlobalSequenceTrackingToken(3));

        assertThatThrownBy(() -> TokenInitialisation.split(PROCESSOR, held, NoTransactionManager.instance(), 2))
                .isInstanceOf(UnableToClaimTokenException.class);
        assertThat(held.fetchSegments(PROCESSOR)).containsExactly(0);
    }
}
