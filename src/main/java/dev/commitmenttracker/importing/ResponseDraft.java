package dev.commitmenttracker.importing;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.commitmenttracker.inspection.api.InspectionKind;
import dev.commitmenttracker.shared.AreaCode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an importer read from one CPS response, for a person to review before anything is recorded.
 *
 * @param area               the Area as the CPS spells it, without "CPS " (e.g. "London North")
 * @param published          {@code YYYY-MM-DD} when the document gives the day, else {@code YYYY-MM}; null if absent
 * @param kind               the kind of inspection answered, as its code (e.g. {@code area-assurance-inspection}); null if the document does not say
 * @param ratings            domain to rating word as written, in document order (Area Assurance Inspections), else empty
 * @param generalCommitments commitments made before the numbered issues, not tied to one issue
 * @param issues             the inspectorate's numbered issues to address, with the commitments answering each
 */
@JsonPropertyOrder({"area", "published", "kind", "ratings", "general_commitments", "issues"})
public record ResponseDraft(
        String area,
        String published,
        String kind,
        Map<String, String> ratings,
        @JsonProperty("general_commitments") List<CommitmentDraft> generalCommitments,
        List<IssueDraft> issues) {

    public ResponseDraft {
        ratings = Collections.unmodifiableMap(new LinkedHashMap<>(ratings));
        generalCommitments = List.copyOf(generalCommitments);
        issues = List.copyOf(issues);
    }

    /** The Area of {@link #area()}. */
    @JsonIgnore
    public Optional<AreaCode> areaCode() {
        return CpsAreas.codeFor(area);
    }

    /** The kind of inspection, when the document says. */
    @JsonIgnore
    public Optional<InspectionKind> inspectionKind() {
        return InspectionKind.fromCode(kind);
    }
}
