package dev.commitmenttracker.importing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.commitmenttracker.commitment.api.Cadence;
import dev.commitmenttracker.shared.AssuranceMethod;
import dev.commitmenttracker.shared.OwnerRole;
import java.util.List;

/**
 * One commitment sentence, exactly as written in the response.
 *
 * @param text      the sentence, an exact trimmed substring of the document text
 * @param owners    the roles named as doing the action
 * @param assurance the assurance methods named in the sentence
 * @param dueDate   the date the sentence gives for the action ("by March 2024" is 2024-03-31), {@code YYYY-MM-DD},
 *                  or null
 * @param status    {@code open} (an action to come or under way), {@code done} (the sentence reports the action as
 *                  already in place) or {@code context} (a reviewer's choice: kept in the draft, not recorded)
 * @param cadence   how often the sentence promises the check ({@link CadenceDetector}); null when it names no rhythm
 */
@JsonPropertyOrder({"text", "owners", "assurance", "due_date", "status", "cadence"})
public record CommitmentDraft(
        String text,
        List<OwnerRole> owners,
        List<AssuranceMethod> assurance,
        @JsonProperty("due_date") String dueDate,
        String status,
        Cadence cadence) {

    public static final String OPEN = "open";
    public static final String DONE = "done";
    public static final String CONTEXT = "context";
    /** The statuses a draft commitment may have. */
    public static final List<String> STATUSES = List.of(OPEN, DONE, CONTEXT);

    @JsonCreator
    public CommitmentDraft {
        owners = owners == null ? List.of() : List.copyOf(owners);
        assurance = assurance == null ? List.of() : List.copyOf(assurance);
        status = status == null ? OPEN : status;
    }

    /** An open commitment with no date of its own, with the cadence its text names. */
    public CommitmentDraft(String text, List<OwnerRole> owners, List<AssuranceMethod> assurance) {
        this(text, owners, assurance, null, OPEN, CadenceDetector.in(text));
    }

    /** Whether committing the draft records this sentence ({@code context} sentences are not recorded). */
    @JsonIgnore
    public boolean recorded() {
        return !CONTEXT.equals(status);
    }
}
