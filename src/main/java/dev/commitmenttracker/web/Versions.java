package dev.commitmenttracker.web;

import dev.commitmenttracker.shared.RuleViolation;

/** Versions travel as strong ETags ({@code "3"}); If-Match may send {@code "3"}, {@code W/"3"} or {@code 3}. */
public final class Versions {

    private Versions() {}

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version an If-Match header asks for; null when there is none or it is {@code *}. */
    public static Long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        String tag = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw RuleViolation.invalid(
                    "validation.unreadable",
                    "If-Match",
                    "If-Match must carry the ETag of a commitment, like \"3\"; got " + ifMatch + ".");
        }
    }
}
