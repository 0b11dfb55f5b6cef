package dev.commitmenttracker.importing;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.commitmenttracker.shared.AssuranceMethod;
import dev.commitmenttracker.shared.OwnerRole;
import java.util.List;

/**
 * One commitment sentence, exactly as written in the response.
 *
 * @param text      the sentence, an exact trimmed substring of the document text
 * @param owners    the roles named as doing the action
 * @param assurance the assurance methods named in the sentence
 */
@JsonPropertyOrder({"text", "owners", "assurance"})
public record CommitmentDraft(String text, List<OwnerRole> owners, List<AssuranceMethod> assurance) {

    public CommitmentDraft {
        owners = List.copyOf(owners);
        assurance = List.copyOf(assurance);
    }
}
