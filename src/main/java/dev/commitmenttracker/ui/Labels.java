package dev.commitmenttracker.ui;

import dev.commitmenttracker.commitment.api.CommitmentStatus;
import dev.commitmenttracker.reporting.progress.Rag;
import dev.commitmenttracker.shared.OwnerRole;
import dev.commitmenttracker.shared.Theme;
import java.util.Arrays;
import org.springframework.stereotype.Component;

/** Words for codes, for templates as {@code ${@labels.status(s)}}: one place, so every page names things alike. */
@Component("labels")
public class Labels {

    public String status(CommitmentStatus status) {
        return status == null ? "" : sentence(status.name());
    }

    /** The GOV.UK tag colour of a status. */
    public String statusTag(CommitmentStatus status) {
        if (status == null) {
            return "govuk-tag--grey";
        }
        return switch (status) {
            case COMMITTED -> "govuk-tag--grey";
            case ASSIGNED -> "govuk-tag--light-blue";
            case IN_PROGRESS -> "govuk-tag--blue";
            case EVIDENCED -> "govuk-tag--yellow";
            case CLOSED -> "govuk-tag--green";
            case WITHDRAWN -> "govuk-tag--purple";
        };
    }

    public String rag(Rag rag) {
        return switch (rag) {
            case RED -> "Red";
            case AMBER -> "Amber";
            case GREEN -> "Green";
        };
    }

    public String ragTag(Rag rag) {
        return switch (rag) {
            case RED -> "govuk-tag--red";
            case AMBER -> "govuk-tag--orange";
            case GREEN -> "govuk-tag--green";
        };
    }

    public String theme(Theme theme) {
        return theme == null ? "" : sentence(theme.name());
    }

    /** An owner role by its code as reports key it, {@code UNASSIGNED} included. */
    public String ownerRole(String code) {
        if (code == null || code.equals("UNASSIGNED")) {
            return "Not yet assigned";
        }
        return Arrays.stream(OwnerRole.values())
                .filter(role -> role.name().equals(code))
                .findFirst()
                .map(OwnerRole::title)
                .orElse(code);
    }

    public String ownerRole(OwnerRole role) {
        return role == null ? "Not yet assigned" : role.title();
    }

    static String sentence(String constant) {
        String words = constant.toLowerCase().replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
