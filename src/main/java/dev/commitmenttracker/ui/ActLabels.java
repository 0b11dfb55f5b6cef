package dev.commitmenttracker.ui;

import dev.commitmenttracker.commitment.api.AssurancePlan;
import dev.commitmenttracker.commitment.api.Cadence;
import dev.commitmenttracker.shared.AssuranceMethod;
import dev.commitmenttracker.shared.FollowUpGrade;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Words for what the action pages show beside {@link Labels}: assurance methods, follow-up grades and the names of
 * form fields in messages the pages write themselves. For templates as {@code ${@actLabels.method(m)}}.
 */
@Component("actLabels")
public class ActLabels {

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("on", "the date it happened"),
            Map.entry("effectiveOn", "the date the evidence is for"),
            Map.entry("dueDate", "the due date"),
            Map.entry("judgedOn", "the date of the judgement"),
            Map.entry("committedOn", "the date it was committed to"),
            Map.entry("publishedOn", "the date the report was published"),
            Map.entry("sampleSize", "the number of cases sampled"),
            Map.entry("compliantCount", "the number of cases meeting the standard"),
            Map.entry("targetCompliance", "the target compliance"),
            Map.entry("issueNumber", "the issue"),
            Map.entry("position", "the position"),
            Map.entry("method", "the assurance method"),
            Map.entry("cadence", "how often the check is owed"),
            Map.entry("startsOn", "the date checks are owed from"));

    public String method(AssuranceMethod method) {
        if (method == null) {
            return "";
        }
        return switch (method) {
            case IQA -> "IQA (individual quality assessment)";
            case DIP_SAMPLE -> "Dip sample";
            default -> Labels.sentence(method.name());
        };
    }

    /** How often a planned check is owed, in words: "Every month" for {@code MONTHLY}. */
    public String cadence(Cadence cadence) {
        if (cadence == null) {
            return "";
        }
        return switch (cadence) {
            case WEEKLY -> "Every week";
            case MONTHLY -> "Every month";
            case QUARTERLY -> "Every quarter";
            case SIX_MONTHLY -> "Every six months";
            case YEARLY -> "Every year";
            case ONCE -> "Once";
        };
    }

    /** A plan in one line: "Dip sample, every month, from 2026-01-01". */
    public String plan(AssurancePlan plan) {
        if (plan == null) {
            return "";
        }
        return method(plan.method()) + ", " + cadence(plan.cadence()).toLowerCase(Locale.ROOT) + ", from "
                + plan.startsOn();
    }

    public String grade(FollowUpGrade grade) {
        return grade == null ? "" : Labels.sentence(grade.name());
    }

    /** A form field in words, for a message: "the due date" for {@code dueDate}; an indexed or unknown name as it is. */
    static String field(String name) {
        String last = name.substring(name.lastIndexOf('.') + 1);
        return FIELDS.getOrDefault(last, last);
    }
}
