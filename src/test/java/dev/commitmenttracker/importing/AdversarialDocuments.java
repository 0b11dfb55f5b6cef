package dev.commitmenttracker.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;

/**
 * Response documents built to hit the importer's worst cases at a chosen size: long runs of white
 * space inside lines, long lists of roles, lines without full stops, deeply nested HTML, many
 * numbered items, many dates, and an ordinary response repeated. Each is a valid CPS response, so
 * the whole parser runs over it.
 */
enum AdversarialDocuments {

    /** A run of spaces inside an issue heading, a response label line, a rating line and a sentence. */
    SPACES(DocumentFormat.PLAIN_TEXT, size -> {
        String run = " ".repeat(Math.max(1, (size - 400) / 6));
        return header("")
                + "Casework Quality" + run + "x\n\n"
                + "Issues to address\n\n"
                + "1. Reviews need a clear trial strategy" + run + "in every case\n\n"
                + "CPS Response:" + run + "\n\n"
                + "The Area will run" + run + "workshops for all prosecutors.\n"
                + run + "\n"
                + "We will check" + run + ".\n";
    }),
    /** One commitment naming "managers, " over and over before its verb and after it. */
    ROLE_LIST(DocumentFormat.PLAIN_TEXT, size -> {
        int times = Math.max(1, (size - 400) / 20);
        return header("") + "Issues to address\n\n1. Reviews need a clear trial strategy.\n\n"
                + "CPS Response: " + "Managers, ".repeat(times) + "and legal managers will check reviews with "
                + "managers, ".repeat(times) + "and SDCPs.\n";
    }),
    /** A response of words with no full stop, and many "has ..." verbs in one clause. */
    NO_FULL_STOPS(DocumentFormat.PLAIN_TEXT, size -> {
        int times = Math.max(1, (size - 400) / 60);
        return header("") + "Issues to address\n\n1. Reviews need a clear trial strategy.\n\n"
                + "CPS Response: The work which "
                + "has noted that a review is used and checked e.g. each check ".repeat(times) + "\n";
    }),
    /** Paragraphs nested inside each other as deep as the size allows, then a numbered list. */
    NESTED_HTML(DocumentFormat.HTML, size -> {
        int depth = Math.max(2, (size - 400) / 20);
        return "<html><body><h1>CPS response to Wessex Area Assurance Inspection, 14 March 2019</h1>"
                + "<p>HMCPSI has published its report on CPS Wessex.</p><h2>Issues to address</h2>"
                + "<ol><li>Reviews need a clear trial strategy.</li></ol>"
                + "<p>CPS Response:</p>"
                + "<div><span>".repeat(depth / 2)
                + "The Area will run trial strategy workshops for all prosecutors."
                + "</span></div>".repeat(depth / 2)
                + "<table><tr>" + "<td>cell</td>".repeat(depth / 4) + "</tr></table>"
                + "<pre>" + "\n".repeat(depth / 4) + "</pre>" + "<br>".repeat(depth / 8)
                + "</body></html>";
    }),
    /** Many numbered items that each start a new run at 1, and many bullets answered by many labels. */
    NUMBERED_ITEMS(DocumentFormat.PLAIN_TEXT, size -> {
        int times = Math.max(1, (size - 400) / 60);
        return header("") + "Issues to address\n\n"
                + "1. The Area should review files.\n\n".repeat(times)
                + "2. Reviews need a clear trial strategy.\n\nCPS Response: We will check reviews.\n"
                + "- a bullet\nCPS Response: We will check.\n".repeat(Math.max(1, times / 4));
    }),
    /** A header with a date in nearly every word. */
    DATES(DocumentFormat.PLAIN_TEXT, size -> {
        int times = Math.max(1, (size - 400) / 26);
        return header("May 2022, 3 June 2021 ".repeat(times)) + "Issues to address\n\n"
                + "1. Reviews need a clear trial strategy.\n\nCPS Response: We will check reviews.\n";
    }),
    /** An ordinary response (a held-out fixture) repeated to the size. */
    NORMAL(DocumentFormat.MARKDOWN, size -> {
        String fixture = fixture("wessex-2019-aai.md");
        StringBuilder text = new StringBuilder(fixture);
        while (text.length() + fixture.length() <= size) {
            text.append("\n\n").append(fixture);
        }
        return text.toString();
    });

    private final DocumentFormat format;
    private final IntFunction<String> build;

    AdversarialDocuments(DocumentFormat format, IntFunction<String> build) {
        this.format = format;
        this.build = build;
    }

    DocumentFormat format() {
        return format;
    }

    /** The document at about {@code size} characters. */
    String of(int size) {
        return build.apply(size);
    }

    private static String header(String extra) {
        return "CPS response to Wessex Area Assurance Inspection, 14 March 2019\n\n"
                + "HMCPSI has published its report on CPS Wessex. " + extra + "\n\n";
    }

    static String fixture(String name) {
        try (InputStream in = AdversarialDocuments.class.getResourceAsStream("/importing/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
