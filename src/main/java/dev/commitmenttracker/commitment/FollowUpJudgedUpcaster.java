package dev.commitmenttracker.commitment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commitmenttracker.commitment.api.FollowUpJudged;
import dev.commitmenttracker.config.RevisionUpcaster;
import org.springframework.stereotype.Component;

/** FollowUpJudged revision 1 to 2: a revision-1 judgement was recorded by itself, from no follow-up inspection. */
@Component
class FollowUpJudgedUpcaster extends RevisionUpcaster {

    FollowUpJudgedUpcaster() {
        super(FollowUpJudged.class, "1", "2");
    }

    @Override
    protected void change(ObjectNode payload) {
        payload.putNull("followUpInspectionId");
    }
}
