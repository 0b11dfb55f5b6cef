package dev.commitmenttracker.importing;

import java.util.Locale;

/** How the text of a response document is encoded. */
public enum DocumentFormat {
    PLAIN_TEXT,
    MARKDOWN,
    HTML;

    /** The format a file name's extension suggests: .html/.htm, .md/.markdown, anything else plain text. */
    public static DocumentFormat fromFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return HTML;
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return MARKDOWN;
        }
        return PLAIN_TEXT;
    }

    /** The format a media type names (parameters such as charset are ignored); unknown types are plain text. */
    public static DocumentFormat fromMediaType(String mediaType) {
        String type = mediaType == null ? "" : mediaType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "text/html", "application/xhtml+xml" -> HTML;
            case "text/markdown", "text/x-markdown" -> MARKDOWN;
            default -> PLAIN_TEXT;
        };
    }
}
