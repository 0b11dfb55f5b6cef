package dev.commitmenttracker.importing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.commitmenttracker.inspection.api.InspectionKind;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.UnitKind;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an importer read from one CPS response, for a person to review before anything is recorded. The shape is
 * documented in docs/importer.md.
 *
 * @param area               the unit as the CPS spells it: an Area without "CPS " (e.g. "London North"), else the
 *                           unit's name ("CPS Direct", "Specialist Fraud Division", "CPS Headquarters (national)")
 * @param unitKind           what sort of unit {@link #area} is; null when the area is not a CPS unit
 * @param title              the response's title paragraph as written (white space collapsed), or null
 * @param published          {@code YYYY-MM-DD} when the document gives the day, else {@code YYYY-MM}; null if absent
 * @param kind               the kind of inspection answered, as its code (e.g. {@code thematic}); null if not said
 * @param ratings            domain to rating word as written, in document order (Area Assurance Inspections), else empty
 * @param followsUp          for a follow-up, the earlier report as the response names it; else null
 * @param defaultDueDate     the due date used for commitments that state none, and its rule
 * @param warnings           what the reviewer must check
 * @param generalCommitments commitments not tied to one finding (before the numbered findings, or in a response
 *                           that has none)
 * @param issues             the numbered findings (issues to address, recommendations, aspects for improvement),
 *                           with the commitments answering each
 */
@JsonPropertyOrder({
    "area",
    "unit_kind",
    "title",
    "published",
    "kind",
    "ratings",
    "follows_up",
    "default_due_date",
    "warnings",
    "general_commitments",
    "issues"
})
public record ResponseDraft(
        String area,
        @JsonProperty("unit_kind") UnitKind unitKind,
        String title,
        String published,
        String kind,
        Map<String, String> ratings,
        @JsonProperty("follows_up") FollowsUp followsUp,
        @JsonProperty("default_due_date") DefaultDue defaultDueDate,
        List<DraftWarning> warnings,
        @JsonProperty("general_commitments") List<CommitmentDraft> generalCommitments,
        List<IssueDraft> issues) {

    @JsonCreator
    public ResponseDraft {
        ratings = ratings == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(ratings));
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        generalCommitments = generalCommitments == null ? List.of() : List.copyOf(generalCommitments);
        issues = issues == null ? List.of() : List.copyOf(issues);
        if (unitKind == null && area != null) {
            unitKind = CpsAreas.codeFor(area).map(AreaCode::kind).orElse(null);
        }
    }

    /** A draft in the first shape: an Area response with issues to address, no warnings or follow-up. */
    public ResponseDraft(
            String area,
            String published,
            String kind,
            Map<String, String> ratings,
            List<CommitmentDraft> generalCommitments,
            List<IssueDraft> issues) {
        this(area, null, null, published, kind, ratings, null, null, List.of(), generalCommitments, issues);
    }

    /** The unit of {@link #area()}: an Area, the national level, CPS Direct or a casework division. */
    @JsonIgnore
    public Optional<AreaCode> areaCode() {
        return CpsAreas.codeFor(area);
    }

    /** The kind of inspection, when the document says. */
    @JsonIgnore
    public Optional<InspectionKind> inspectionKind() {
        return InspectionKind.fromCode(kind);
    }

    /** The same draft with the earlier inspection resolved (or not), and the warning the resolution gave, if any. */
    public ResponseDraft withFollowsUp(FollowsUp resolved, DraftWarning warning) {
        List<DraftWarning> more = new java.util.ArrayList<>(warnings);
        if (warning != null) {
            more.add(warning);
        }
        return new ResponseDraft(
                area,
                unitKind,
                title,
                published,
                kind,
                ratings,
                resolved,
                defaultDueDate,
                more,
                generalCommitments,
                issues);
    }

    /** The same draft with another default due date (the service's configured rule). */
    public ResponseDraft withDefaultDue(DefaultDue due) {
        return new ResponseDraft(
                area, unitKind, title, published, kind, ratings, followsUp, due, warnings, generalCommitments, issues);
    }
}
