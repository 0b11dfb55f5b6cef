package dev.commitmenttracker.inspection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commitmenttracker.config.RevisionUpcaster;
import dev.commitmenttracker.inspection.api.FindingKind;
import dev.commitmenttracker.inspection.api.InspectionRecorded;
import org.springframework.stereotype.Component;

/**
 * InspectionRecorded revision 1 to 2: every finding of a revision-1 inspection was an issue to address for the CPS,
 * and it followed up no inspection.
 */
@Component
class InspectionRecordedUpcaster extends RevisionUpcaster {

    InspectionRecordedUpcaster() {
        super(InspectionRecorded.class, "1", "2");
    }

    @Override
    protected void change(ObjectNode payload) {
        JsonNode issues = payload.path("issues");
        if (issues.isArray()) {
            for (JsonNode issue : issues) {
                if (issue instanceof ObjectNode finding) {
                    finding.put("kind", FindingKind.ISSUE_TO_ADDRESS.name());
                    finding.put("forCps", true);
                    finding.putNull("addressedTo");
                }
            }
        }
        payload.putNull("followsUp");
        payload.putArray("grades");
    }
}
