package dev.commitmenttracker.inspection.api;

import dev.commitmenttracker.shared.AreaCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.serialization.Revision;

/** HMCPSI published an inspection of the Area, with these ratings and issues to address. */
@Revision("1")
public record InspectionRecorded(
        String inspectionId,
        AreaCode area,
        InspectionKind kind,
        String title,
        LocalDate publishedOn,
        Map<String, Rating> ratings,
        List<IssueToAddress> issues) {}
