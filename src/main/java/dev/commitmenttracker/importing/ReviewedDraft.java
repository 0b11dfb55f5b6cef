package dev.commitmenttracker.importing;

import dev.commitmenttracker.shared.Limits;
import dev.commitmenttracker.shared.PlainText;
import dev.commitmenttracker.shared.RuleViolation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The checks a reviewed draft meets before it replaces the parsed one, with the field path of the first fault (e.g.
 * {@code issues[2].commitments[0].due_date}), as problem+json reports it. The unit, kind and publication date are
 * checked by {@link ImportService#review}.
 */
final class ReviewedDraft {

    private ReviewedDraft() {}

    static void check(ResponseDraft draft, LocalDate published) {
        if (draft.title() != null) {
            oneLine(draft.title(), "title", Limits.TITLE);
        }
        if (draft.defaultDueDate() != null && draft.defaultDueDate().date() != null) {
            date(draft.defaultDueDate().date(), "default_due_date.date", published);
        }
        if (draft.ratings().size() > Limits.RATINGS) {
            throw RuleViolation.invalid(
                    "validation.too-many", "ratings", "A draft has at most " + Limits.RATINGS + " ratings.");
        }
        if (draft.issues().size() > Limits.ISSUES) {
            throw RuleViolation.invalid(
                    "validation.too-many", "issues", "A draft has at most " + Limits.ISSUES + " findings.");
        }
        commitments(draft.generalCommitments(), "general_commitments", published);
        for (int i = 0; i < draft.issues().size(); i++) {
            IssueDraft issue = draft.issues().get(i);
            String path = "issues[" + i + "]";
            if (issue.number() < 1 || issue.number() > Limits.ISSUE_NUMBER) {
                throw RuleViolation.invalid(
                        "validation.out-of-range",
                        path + ".number",
                        "A finding's number is from 1 to " + Limits.ISSUE_NUMBER + ".");
            }
            text(issue.text(), path + ".text");
            if (issue.addressedTo() != null) {
                oneLine(issue.addressedTo(), path + ".addressed_to", Limits.NAME);
            }
            if (issue.jointWith().size() > Limits.JOINT_AREAS) {
                throw RuleViolation.invalid(
                        "validation.too-many", path + ".joint_with", "At most " + Limits.JOINT_AREAS + " joint Areas.");
            }
            commitments(issue.commitments(), path + ".commitments", published);
        }
    }

    private static void commitments(List<CommitmentDraft> commitments, String list, LocalDate published) {
        for (int j = 0; j < commitments.size(); j++) {
            CommitmentDraft commitment = commitments.get(j);
            String path = list + "[" + j + "]";
            text(commitment.text(), path + ".text");
            if (!CommitmentDraft.STATUSES.contains(commitment.status())) {
                throw RuleViolation.invalid(
                        "validation.unknown-value",
                        path + ".status",
                        "A commitment's status is one of " + CommitmentDraft.STATUSES + ".");
            }
            if (commitment.dueDate() != null) {
                date(commitment.dueDate(), path + ".due_date", published);
            }
        }
    }

    private static void text(String text, String field) {
        if (text == null || text.isBlank()) {
            throw RuleViolation.invalid("validation.required", field, "Give the text.");
        }
        if (text.length() > Limits.TEXT) {
            throw RuleViolation.invalid(
                    "validation.too-long", field, "A text is at most " + Limits.TEXT + " characters.");
        }
        if (PlainText.Check.firstFault(text, true) != null) {
            throw RuleViolation.invalid(
                    "validation.control-character",
                    field,
                    "The text holds a control character other than tab or a line break.");
        }
    }

    private static void oneLine(String text, String field, int max) {
        if (text.length() > max || PlainText.Check.firstFault(text, false) != null) {
            throw RuleViolation.invalid(
                    text.length() > max ? "validation.too-long" : "validation.control-character",
                    field,
                    "One line of at most " + max + " characters.");
        }
    }

    private static void date(String written, String field, LocalDate published) {
        LocalDate date;
        try {
            date = LocalDate.parse(written);
        } catch (DateTimeParseException e) {
            throw RuleViolation.invalid("validation.not-a-date", field, "Give the date as 2024-03-31.");
        }
        if (date.isBefore(published) || date.isBefore(Limits.EARLIEST_DATE) || date.isAfter(Limits.LATEST_DATE)) {
            throw RuleViolation.invalid(
                    "validation.out-of-range",
                    field,
                    "A due date is on or after the publication date (" + published + ") and no later than "
                            + Limits.LATEST_DATE + ".");
        }
    }
}
