package dev.commitmenttracker.shared;

import java.time.LocalDate;

/**
 * The limits of what the tracker accepts, declared once. Commands carry them as constraints (checked before any
 * command is sent, see {@code config.CommandLimits}); the door ({@code web.RequestSizeLimit}) and both JSON readers
 * (HTTP and the event store's) take their sizes from here; docs/reliability.md lists them. Every limit is chosen so
 * that whatever passes fits every column of every read model.
 */
public final class Limits {

    /** Ids chosen by clients or derived by the importer: a UUID is 36; read-model id columns hold 64. */
    public static final int ID = 64;
    /** Free text: a commitment, an issue to address, a note, a reason, a rationale, a summary (columns of 4000). */
    public static final int TEXT = 4000;
    /** An inspection's title (inspection_summary.title is 500). */
    public static final int TITLE = 500;
    /** A named owner, an evidence reference, a rated domain: one line of text. */
    public static final int NAME = 200;
    /** Issues to address in one inspection; published inspections have fewer than twenty. */
    public static final int ISSUES = 200;
    /** Highest issue number. */
    public static final int ISSUE_NUMBER = 1000;
    /** Rated domains in one inspection; published inspections rate fewer than ten. */
    public static final int RATINGS = 50;
    /** Other Areas a joint commitment names: every one of the fourteen Areas but its own. */
    public static final int JOINT_AREAS = 13;
    /** Cases in one sample: more than the CPS charges in a year, far below where sums of samples could overflow. */
    public static final int SAMPLE_SIZE = 1_000_000;
    /** Earliest date anywhere in the tracker. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    /** Latest date anywhere in the tracker (due dates included). */
    public static final LocalDate LATEST_DATE = LocalDate.of(2100, 12, 31);

    /** A JSON request body, in bytes. */
    public static final int JSON_BODY_BYTES = 1024 * 1024;
    /** An import request (a document as text or a multipart upload), in bytes. */
    public static final int IMPORT_BODY_BYTES = 2 * 1024 * 1024;
    /** An imported document, in characters once decoded. */
    public static final int DOCUMENT_CHARS = 1_000_000;
    /** An uploaded file's name (imported_document.file_name is 255). */
    public static final int FILE_NAME = 255;

    /** Longest string the HTTP JSON reader reads: no string is longer than its body. */
    public static final int JSON_STRING_CHARS = IMPORT_BODY_BYTES;
    /**
     * Longest string the event store's JSON reader reads: far above anything the door admits, and above what was
     * stored before these limits (issue 8 stored a 25,000,000-character name; Jackson's default of 20,000,000 then
     * made that commitment unreadable). History must always be readable.
     */
    public static final int STORED_JSON_STRING_CHARS = 100_000_000;
    /** Deepest nesting either JSON reader accepts; the deepest contract (an inspection's issues) is three levels. */
    public static final int JSON_NESTING = 64;

    private Limits() {}
}
