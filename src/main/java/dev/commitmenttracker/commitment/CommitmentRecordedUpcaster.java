package dev.commitmenttracker.commitment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commitmenttracker.commitment.api.CommitmentRecorded;
import dev.commitmenttracker.config.RevisionUpcaster;
import dev.commitmenttracker.inspection.api.FindingKind;
import org.springframework.stereotype.Component;

/** CommitmentRecorded revision 1 to 2: a revision-1 commitment naming an issue number answers an issue to address. */
@Component
class CommitmentRecordedUpcaster extends RevisionUpcaster {

    CommitmentRecordedUpcaster() {
        super(CommitmentRecorded.class, "1", "2");
    }

    @Override
    protected void change(ObjectNode payload) {
        if (payload.path("issueNumber").isNumber()) {
            payload.put("findingKind", FindingKind.ISSUE_TO_ADDRESS.name());
        } else {
            payload.putNull("findingKind");
        }
    }
}
