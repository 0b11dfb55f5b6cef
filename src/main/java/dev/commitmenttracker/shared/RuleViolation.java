package dev.commitmenttracker.shared;

/**
 * A refused request: the one domain exception, carrying a stable code that clients may rely on,
 * the kind of refusal (which decides the HTTP status) and, for bad input, the field at fault.
 */
public class RuleViolation extends RuntimeException {

    /** Why the request was refused. */
    public enum Kind {
        /** The input itself is wrong: a missing field, a date in the future, a count out of range. */
        INVALID_INPUT,
        /** The thing asked for does not exist. */
        NOT_FOUND,
        /** The input is fine but the current state does not allow it. */
        CONFLICT,
        /** The caller may not act on this. */
        FORBIDDEN
    }

    private final String code;
    private final Kind kind;
    private final String field;

    public RuleViolation(Kind kind, String code, String field, String message) {
        super(message);
        this.kind = kind;
        this.code = code;
        this.field = field;
    }

    public static RuleViolation invalid(String code, String field, String message) {
        return new RuleViolation(Kind.INVALID_INPUT, code, field, message);
    }

    public static RuleViolation conflict(String code, String message) {
        return new RuleViolation(Kind.CONFLICT, code, null, message);
    }

    public static RuleViolation notFound(String code, String message) {
        return new RuleViolation(Kind.NOT_FOUND, code, null, message);
    }

    public static RuleViolation forbidden(String code, String message) {
        return new RuleViolation(Kind.FORBIDDEN, code, null, message);
    }

    /** Refuses bad input: code {@code validation.<reason>}, naming the field and saying what is wrong. */
    public static void requireValid(boolean rule, String field, String reason, String message) {
        if (!rule) {
            throw invalid("validation." + reason, field, message);
        }
    }

    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }
}
