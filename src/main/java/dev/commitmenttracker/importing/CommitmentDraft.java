package dev.commitmenttracker.importing;

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
 * @param cadence   how often the sentence promises the check ({@link CadenceDetector}); null when it names no rhythm
 */
@JsonPropertyOrder({"text", "owners", "assurance", "cadence"})
public record CommitmentDraft(String text, List<OwnerRole> owners, List<AssuranceMethod> assurance, Cadence cadence) {

    public CommitmentDraft {
        owners = List.copyOf(owners);
        assurance = List.copyOf(assurance);
    }

    /** A draft whose cadence is the one its text names. */
    public CommitmentDraft(String text, List<OwnerRole> owners, List<AssuranceMethod> assurance) {
        this(text, owners, assurance, CadenceDetector.in(text));
    }
}
