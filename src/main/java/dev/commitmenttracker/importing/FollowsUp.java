package dev.commitmenttracker.importing;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The earlier inspection a follow-up report returns to: as the response names it, and the recorded inspection it was
 * resolved to (by the importer, from the title and date, or set by the reviewer).
 *
 * @param title        the earlier report as named (e.g. "the 2021 inspection of disclosure in volume Crown Court cases")
 * @param published    its publication date as written in the response ({@code YYYY-MM-DD} or {@code YYYY-MM}), or null
 * @param inspectionId the id of the recorded inspection it is, of the same unit; null while none is resolved or set, in
 *                     which case a commit records the follow-up without its link and without its grades
 */
@JsonPropertyOrder({"title", "published", "inspection_id"})
public record FollowsUp(
        String title,
        String published,
        @JsonProperty("inspection_id") String inspectionId) {

    /** The earlier report as the response names it, not yet resolved to a recorded inspection. */
    public FollowsUp(String title, String published) {
        this(title, published, null);
    }

    /** The same report, resolved to this recorded inspection. */
    public FollowsUp linkedTo(String id) {
        return new FollowsUp(title, published, id);
    }
}
