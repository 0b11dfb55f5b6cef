package dev.commitmenttracker.inspection.api;

import dev.commitmenttracker.shared.AreaCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.serialization.Revision;

/**
 * HMCPSI published an inspection of the unit, with these ratings and numbered findings; a follow-up inspection also
 * names the inspection it follows up and grades that inspection's findings. Revision 2 added each finding's kind,
 * {@code forCps} and {@code addressedTo}, and {@code followsUp} and {@code grades}; revision 1 is upcast (see
 * {@code InspectionRecordedUpcaster}).
 */
@Revision("2")
public record InspectionRecorded(
        String inspectionId,
        AreaCode area,
        InspectionKind kind,
        String title,
        LocalDate publishedOn,
        Map<String, Rating> ratings,
        List<IssueToAddress> issues,
        String followsUp,
        List<FindingGrade> grades) {

    public InspectionRecorded {
        grades = grades == null ? List.of() : grades;
    }

    /** An inspection that follows up none: the shape of revision 1. */
    public InspectionRecorded(
            String inspectionId,
            AreaCode area,
            InspectionKind kind,
            String title,
            LocalDate publishedOn,
            Map<String, Rating> ratings,
            List<IssueToAddress> issues) {
        this(inspectionId, area, kind, title, publishedOn, ratings, issues, null, List.of());
    }
}
