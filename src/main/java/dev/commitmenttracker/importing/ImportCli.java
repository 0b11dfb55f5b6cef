package dev.commitmenttracker.importing;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Command line entry: {@code import --dry-run FILE} parses a response document and prints the draft
 * as JSON, recording nothing. The format follows the extension (.html/.htm, .md, else plain text).
 */
public final class ImportCli {

    /** Exit code for a draft printed. */
    public static final int OK = 0;
    /** Exit code for a document that could not be read or was rejected. */
    public static final int REJECTED = 1;
    /** Exit code for wrong arguments. */
    public static final int USAGE = 2;

    private static final String USAGE_LINE = "usage: import --dry-run FILE";

    private ImportCli() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /**
     * Runs the command.
     *
     * @return {@link #OK}, {@link #REJECTED} (reason on {@code err}) or {@link #USAGE}
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 3 || !args[0].equals("import") || !args[1].equals("--dry-run")) {
            err.println(USAGE_LINE);
            return USAGE;
        }
        Path file = Path.of(args[2]);
        try {
            String document = Files.readString(file, StandardCharsets.UTF_8);
            ResponseDraft draft = new ResponseDocumentParser()
                    .parse(
                            document,
                            DocumentFormat.fromFileName(file.getFileName().toString()));
            out.println(DraftJson.write(draft));
            return OK;
        } catch (ImportRejected e) {
            err.println(e.code() + ": " + file + ": " + e.reason());
        } catch (NoSuchFileException e) {
            err.println(ImportRejected.UNREADABLE + ": " + file + ": no such file");
        } catch (CharacterCodingException e) {
            err.println(ImportRejected.UNREADABLE + ": " + file + ": not UTF-8 text");
        } catch (IOException e) {
            err.println(ImportRejected.UNREADABLE + ": " + file + ": " + e.getMessage());
        }
        return REJECTED;
    }
}
