package dev.commitmenttracker.importing;

import dev.commitmenttracker.shared.RuleViolation;

/** A document the importer will not turn into a draft, with a stable code and a one-line reason. */
public class ImportRejected extends RuleViolation {

    /** The document has no text. */
    public static final String EMPTY = "import.empty";
    /** The document cannot be read as text. */
    public static final String UNREADABLE = "import.unreadable";
    /** The document is text, but not a CPS response to an inspection. */
    public static final String NOT_A_RESPONSE = "import.not-a-response";
    /** Reading the document took longer than the time limit ({@code tracker.import.parse-timeout}). */
    public static final String TOO_COMPLEX = "import.too-complex";

    public ImportRejected(String code, String reason) {
        super(Kind.INVALID_INPUT, code, "document", reason);
    }

    public String reason() {
        return getMessage();
    }
}
