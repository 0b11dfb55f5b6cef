package dev.commitmenttracker.importing;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The due date a commitment gets when neither the document nor the review gives one, and the rule it came from.
 *
 * @param date the default due date, {@code YYYY-MM-DD}; null when the draft has no publication date
 * @param rule the rule as a sentence, e.g. "thematic: 12 months after publication"
 */
@JsonPropertyOrder({"date", "rule"})
public record DefaultDue(String date, String rule) {}
