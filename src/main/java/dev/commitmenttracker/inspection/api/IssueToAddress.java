package dev.commitmenttracker.inspection.api;

import dev.commitmenttracker.shared.FreeText;
import dev.commitmenttracker.shared.Limits;
import dev.commitmenttracker.shared.OneLine;
import dev.commitmenttracker.shared.Theme;
import jakarta.validation.constraints.Max;

/**
 * One of the inspection's numbered findings: an issue to address, a recommendation or an aspect for improvement
 * ({@code kind}, numbered per kind). A finding not for the CPS ({@code forCps} false: a recommendation to the police,
 * the courts service...) is kept as the report states it, with whom it is addressed to, and no commitment answers it.
 * An omitted kind is an issue to address and an omitted {@code forCps} is true: the shape of revision 1.
 */
public record IssueToAddress(
        @Max(Limits.ISSUE_NUMBER) Integer number,
        @FreeText String text,
        Theme theme,
        FindingKind kind,
        Boolean forCps,
        @OneLine(max = IssueToAddress.ADDRESSED_TO) String addressedTo) {

    /** The longest "addressed to" text kept. */
    public static final int ADDRESSED_TO = 200;

    public IssueToAddress {
        kind = kind == null ? FindingKind.ISSUE_TO_ADDRESS : kind;
        forCps = forCps == null || forCps;
    }

    /** An issue to address for the CPS: the only finding revision 1 knew. */
    public IssueToAddress(Integer number, String text, Theme theme) {
        this(number, text, theme, FindingKind.ISSUE_TO_ADDRESS, true, null);
    }

    /** Whether this finding is the one named by kind and number. */
    public boolean is(FindingKind someKind, Integer someNumber) {
        return kind == (someKind == null ? FindingKind.ISSUE_TO_ADDRESS : someKind)
                && number != null
                && number.equals(someNumber);
    }
}
