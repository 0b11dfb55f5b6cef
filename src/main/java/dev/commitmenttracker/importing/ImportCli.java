package dev.commitmenttracker.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Command line entry, two commands (docs/importer.md):
 *
 * <ul>
 *   <li>{@code import --dry-run FILE} parses a response document and prints the draft as JSON, recording nothing, with
 *       no database and no server;
 *   <li>{@code import --commit --url URL --user USER [--draft REVIEWED.json] [--follows-up ID] FILE} sends the document
 *       to a running tracker's API as that user (the password from {@code TRACKER_PASSWORD}, else asked for on the
 *       console): {@code POST /api/imports}, then {@code PUT /api/imports/{id}/draft} with the reviewed draft and/or the
 *       earlier inspection's id when given, then {@code POST /api/imports/{id}/commit}. It prints what the commit
 *       recorded as JSON (the inspection id, the commitment ids, the earlier inspection linked and the grades sent), and
 *       the draft's warnings on standard error. The server validates and records exactly as for any API client, with
 *       the user's rights.
 * </ul>
 *
 * The format follows the extension (.html/.htm, .md, else plain text).
 */
public final class ImportCli {

    /** Exit code for a draft printed, or a document committed. */
    public static final int OK = 0;
    /** Exit code for a document that could not be read, or that the tracker refused (reason on standard error). */
    public static final int REJECTED = 1;
    /** Exit code for wrong arguments. */
    public static final int USAGE = 2;

    /** The environment variable the password is read from. */
    public static final String PASSWORD_VARIABLE = "TRACKER_PASSWORD";

    private static final String USAGE_LINES = """
            usage: import --dry-run FILE
                   import --commit --url URL --user USER [--draft REVIEWED.json] [--follows-up INSPECTION_ID] FILE
                   (the password is read from TRACKER_PASSWORD, else asked for on the console)""";

    private static final ObjectMapper JSON = DraftJson.MAPPER;

    private ImportCli() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, System.getenv(), out, err));
    }

    /** Runs the command with the process's environment. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, System.getenv(), out, err);
    }

    /**
     * Runs the command.
     *
     * @param environment where {@value #PASSWORD_VARIABLE} is read
     * @return {@link #OK}, {@link #REJECTED} (reason on {@code err}) or {@link #USAGE}
     */
    public static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        if (args.length == 3 && args[0].equals("import") && args[1].equals("--dry-run")) {
            return dryRun(Path.of(args[2]), out, err);
        }
        if (args.length >= 2 && args[0].equals("import") && args[1].equals("--commit")) {
            CommitArguments commit = CommitArguments.parse(args);
            if (commit == null) {
                err.println(USAGE_LINES);
                return USAGE;
            }
            String password = environment.get(PASSWORD_VARIABLE);
            if (password == null) {
                Console console = System.console();
                char[] typed = console == null ? null : console.readPassword("Password for %s: ", commit.user());
                if (typed == null) {
                    err.println("no password: set " + PASSWORD_VARIABLE + " or run on a console");
                    return USAGE;
                }
                password = new String(typed);
            }
            return commit(commit, password, out, err);
        }
        err.println(USAGE_LINES);
        return USAGE;
    }

    private static int dryRun(Path file, PrintStream out, PrintStream err) {
        try {
            String document = read(file);
            ResponseDraft draft = new ResponseDocumentParser()
                    .parse(
                            document,
                            DocumentFormat.fromFileName(file.getFileName().toString()));
            out.println(DraftJson.write(draft));
            return OK;
        } catch (ImportRejected e) {
            err.println(e.code() + ": " + file + ": " + e.reason());
        } catch (Unreadable e) {
            err.println(ImportRejected.UNREADABLE + ": " + e.getMessage());
        }
        return REJECTED;
    }

    /** The arguments of {@code import --commit}. */
    record CommitArguments(URI url, String user, Path draft, String followsUp, Path file) {

        /** The arguments, or null when they are not a valid {@code import --commit}. */
        static CommitArguments parse(String[] args) {
            String url = null;
            String user = null;
            String draft = null;
            String followsUp = null;
            String file = null;
            for (int i = 2; i < args.length; i++) {
                String arg = args[i];
                boolean option = arg.startsWith("--");
                if (option && i + 1 >= args.length) {
                    return null;
                }
                switch (arg) {
                    case "--url" -> url = args[++i];
                    case "--user" -> user = args[++i];
                    case "--draft" -> draft = args[++i];
                    case "--follows-up" -> followsUp = args[++i];
                    default -> {
                        if (option || file != null) {
                            return null;
                        }
                        file = arg;
                    }
                }
            }
            if (url == null || user == null || user.isBlank() || file == null) {
                return null;
            }
            URI base;
            try {
                base = new URI(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
            } catch (URISyntaxException e) {
                return null;
            }
            if (!("http".equals(base.getScheme()) || "https".equals(base.getScheme())) || base.getHost() == null) {
                return null;
            }
            return new CommitArguments(base, user, draft == null ? null : Path.of(draft), followsUp, Path.of(file));
        }
    }

    /** A document, or a reviewed draft, that could not be read from its file. */
    private static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    /** The tracker's refusal, as its problem+json says it. */
    private static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    private static int commit(CommitArguments args, String password, PrintStream out, PrintStream err) {
        RestClient http = RestClient.builder()
                .baseUrl(args.url().toString())
                .defaultHeaders(headers -> {
                    headers.setBasicAuth(args.user(), password, StandardCharsets.UTF_8);
                    headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
                    // the API refuses a command without a JSON body unless it carries this header (no cross-site forms)
                    headers.set("X-Requested-With", "commitment-tracker-cli");
                })
                .defaultStatusHandler(status -> true, (request, response) -> {})
                .build();
        ResponseDraft reviewed = null;
        try {
            read(args.file()); // a missing or non-UTF-8 file is refused before anything is sent, as by --dry-run
            if (args.draft() != null) {
                reviewed = DraftJson.read(read(args.draft()));
            }
        } catch (Unreadable e) {
            err.println(ImportRejected.UNREADABLE + ": " + e.getMessage());
            return REJECTED;
        } catch (IllegalStateException e) {
            err.println(
                    ImportRejected.UNREADABLE + ": " + args.draft() + ": not a draft in the shape of import --dry-run");
            return REJECTED;
        }
        String importId = null;
        try {

            MultipartBodyBuilder parts = new MultipartBodyBuilder();
            parts.part("file", new FileSystemResource(args.file()))
                    .filename(args.file().getFileName().toString());
            JsonNode created = exchange(
                    "import",
                    http.post()
                            .uri("/api/imports")
                            .contentType(MediaType.MULTIPART_FORM_DATA)
                            .body(parts.build()));
            importId = created.path("id").asText();
            ResponseDraft draft = DraftJson.read(created.path("draft").toString());

            ResponseDraft toCommit = reviewed == null ? draft : keepLink(reviewed, draft);
            if (args.followsUp() != null) {
                FollowsUp named = toCommit.followsUp() == null ? new FollowsUp(null, null) : toCommit.followsUp();
                toCommit = toCommit.withFollowsUp(named.linkedTo(args.followsUp()), null);
            }
            if (toCommit != draft) {
                JsonNode saved = exchange(
                        "review",
                        http.put()
                                .uri(
                                        "/api/imports/{id}/draft",
                                        created.path("id").asText())
                                .contentType(MediaType.APPLICATION_JSON)
                                .body(DraftJson.write(toCommit)));
                toCommit = DraftJson.read(saved.path("draft").toString());
            }
            for (DraftWarning warning : toCommit.warnings()) {
                err.println("warning " + warning.code() + ": " + warning.message());
            }
            JsonNode committed = exchange(
                    "commit",
                    http.post()
                            .uri("/api/imports/{id}/commit", created.path("id").asText()));
            out.println(JSON.writeValueAsString(committed));
            return OK;
        } catch (Refused e) {
            err.println(e.getMessage());
            if (importId != null) {
                err.println("the import is kept as a draft: " + args.url() + "/api/imports/" + importId);
            }
        } catch (ResourceAccessException e) {
            Throwable cause = e.getMostSpecificCause();
            err.println("unreachable: " + args.url() + ": "
                    + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()));
        } catch (JsonProcessingException e) {
            err.println("unreadable answer from " + args.url() + ": " + e.getOriginalMessage());
        }
        return REJECTED;
    }

    /**
     * A reviewed draft made offline ({@code --dry-run}) knows no recorded inspection: when it names the same earlier
     * report as the tracker's draft and gives no id, the one the tracker resolved is kept.
     */
    private static ResponseDraft keepLink(ResponseDraft reviewed, ResponseDraft parsed) {
        FollowsUp mine = reviewed.followsUp();
        FollowsUp theirs = parsed.followsUp();
        if (mine == null
                || mine.inspectionId() != null
                || theirs == null
                || theirs.inspectionId() == null
                || !Objects.equals(mine.title(), theirs.title())
                || !Objects.equals(mine.published(), theirs.published())) {
            return reviewed;
        }
        return reviewed.withFollowsUp(theirs, null);
    }

    /** Sends the request; the answer's JSON when it succeeded, else the refusal as one line. */
    private static JsonNode exchange(String step, RestClient.RequestHeadersSpec<?> request)
            throws Refused, JsonProcessingException {
        record Answer(int status, String body) {}
        Answer answer = request.exchange((req, response) -> new Answer(
                response.getStatusCode().value(),
                new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
        JsonNode body = answer.body().isBlank() ? JSON.createObjectNode() : parse(answer.body());
        if (answer.status() / 100 == 2) {
            return body;
        }
        List<String> parts = new ArrayList<>();
        parts.add(body.hasNonNull("code") ? body.path("code").asText() : "http." + answer.status());
        if (body.hasNonNull("field")) {
            parts.add("field " + body.path("field").asText());
        }
        String detail = body.hasNonNull("detail")
                ? body.path("detail").asText()
                : answer.status() == 401 ? "wrong user name or password" : "refused";
        throw new Refused(step + " refused (" + answer.status() + "): " + String.join(", ", parts) + ": " + detail);
    }

    private static JsonNode parse(String body) throws JsonProcessingException {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            // an answer that is not JSON (a proxy's page, say) is reported by its status
            return JSON.createObjectNode();
        }
    }

    private static String read(Path file) throws Unreadable {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new Unreadable(file + ": no such file");
        } catch (CharacterCodingException e) {
            throw new Unreadable(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new Unreadable(file + ": " + e.getMessage());
        }
    }
}
