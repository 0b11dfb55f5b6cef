package dev.commitmenttracker.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.commitment.api.CommitmentAssigned;
import dev.commitmenttracker.shared.Limits;
import dev.commitmenttracker.shared.OwnerRole;
import java.time.LocalDate;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;

/** The event store's reader reads back whatever was written: what the door admits, and what was stored before it had limits. */
class EventSerializerLimitsTest {

    final Serializer serializer = AxonConfig.jackson();

    CommitmentAssigned roundTrip(CommitmentAssigned event) {
        SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);
        return serializer.deserialize(stored);
    }

    @Test
    void givenTheLongestStringTheDoorAdmits_thenItReadsBack() {
        CommitmentAssigned event = new CommitmentAssigned(
                "c-1", OwnerRole.DCCP, "n".repeat(Limits.JSON_STRING_CHARS), LocalDate.of(2024, 1, 2));
        assertThat(roundTrip(event)).isEqualTo(event);
    }

    @Test
    void givenTheTwentyFiveMillionCharacterNameStoredBeforeTheLimits_thenItStillReadsBack() {
        CommitmentAssigned event =
                new CommitmentAssigned("c-1", OwnerRole.DCCP, "n".repeat(25_000_000), LocalDate.of(2024, 1, 2));
        assertThat(roundTrip(event).ownerName()).hasSize(25_000_000);
    }
}
