package dev.commitmenttracker.ui;

import dev.commitmenttracker.shared.AssuranceMethod;
import dev.commitmenttracker.shared.FollowUpGrade;
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
            Map.entry("position", "the position"));

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

    public String grade(FollowUpGrade grade) {
        return grade == null ? "" : Labels.sentence(grade.name());
    }

    /** A form field in words, for a message: "the due date" for {@code dueDate}; an indexed or unknown name as it is. */
    static String field(String name) {
        String last = name.substring(name.lastIndexOf('.') + 1);
        return FIELDS.getOrDefault(last, last);
    }
}
