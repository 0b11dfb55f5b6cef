package dev.commitmenttracker.importing;

/** A document the importer will not turn into a draft, with a stable code and a one-line reason. */
public class ImportRejected extends RuntimeException {

    /** The document has no text. */
    public static final String EMPTY = "import.empty";
    /** The document cannot be read as text. */
    public static final String UNREADABLE = "import.unreadable";
    /** The document is text, but not a CPS response to an inspection. */
    public static final String NOT_A_RESPONSE = "import.not-a-response";

    private final String code;

    public ImportRejected(String code, String reason) {
        super(reason);
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String reason() {
        return getMessage();
    }
}
