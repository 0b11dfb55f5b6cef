package dev.commitmenttracker.security;

import static dev.commitmenttracker.support.Requests.commitment;
import static dev.commitmenttracker.support.Requests.inspection;
import static dev.commitmenttracker.support.Requests.map;
import static dev.commitmenttracker.support.Requests.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.support.Api;
import dev.commitmenttracker.support.PostgresIntegrationTest;
import dev.commitmenttracker.support.ProjectionsCaughtUp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Every cell of the access matrix in docs/access.md, read from its tables (each names its users in its header row): the
 * request as the column's user answers the status the cell says. A refusal of an Area manager's read must be {@code auth.area-forbidden}.
 */
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(
        properties = "tracker.test.context=access-matrix") // a database of its own: the matrix rebuilds a projection
@DirtiesContext // a context of its own: closed after the class, so its connections go back to the shared server
class AccessMatrixIT {

    static final Path MATRIX = Path.of("docs/access.md");
    static final Pattern ROW = Pattern.compile(
            "^\\| `(GET|POST|PUT|DELETE) ([^` \\[<]+)(?: \\[([^]]+)])?(?: <([^>]+)>)?` \\|(.*)\\|\\s*$");

    @LocalServerPort
    int port;

    Api api;
    final Map<String, String> ids = new HashMap<>();
    String wessexDocument;

    record Cell(String method, String path, String accept, String body, String user, int status) {
        @Override
        public String toString() {
            return method + " " + path + (accept == null ? "" : " [" + accept + "]")
                    + (body == null ? "" : " <" + body + ">") + " as " + user + " -> " + status;
        }
    }

    static Stream<Arguments> cells() throws IOException {
        List<String> lines = Files.readAllLines(MATRIX, StandardCharsets.UTF_8);
        List<Arguments> cells = new ArrayList<>();
        List<String> users = List.of();
        int tables = 0;
        for (String line : lines) {
            if (line.startsWith("| Request |")) {
                // each table of the matrix names its users in its own header row
                users = Arrays.stream(line.split("\\|"))
                        .map(String::strip)
                        .filter(cell -> !cell.isEmpty())
                        .skip(1)
                        .toList();
                tables++;
                continue;
            }
            Matcher row = ROW.matcher(line);
            if (!row.matches()) {
                continue;
            }
            List<String> statuses =
                    Arrays.stream(row.group(5).split("\\|")).map(String::strip).toList();
            assertThat(statuses).as(line).hasSameSizeAs(users);
            for (int i = 0; i < users.size(); i++) {
                cells.add(Arguments.of(new Cell(
                        row.group(1),
                        row.group(2),
                        row.group(3),
                        row.group(4),
                        users.get(i),
                        Integer.parseInt(statuses.get(i)))));
            }
        }
        assertThat(tables).as("tables of the matrix in " + MATRIX).isGreaterThanOrEqualTo(2);
        assertThat(cells).as("cells of the matrix in " + MATRIX).hasSizeGreaterThan(100);
        return cells.stream();
    }

    @BeforeAll
    void fixtures() throws IOException {
        api = new Api(port);
        ids.put("ln", created(api.as("manager.london-north").post("/api/commitments", commitment("LONDON_NORTH"))));
        ids.put(
                "joint",
                created(api.as("manager.north-west")
                        .post(
                                "/api/commitments",
                                with(commitment("NORTH_WEST"), "jointWith", List.of("LONDON_NORTH")))));
        ids.put("nw", created(api.as("manager.north-west").post("/api/commitments", commitment("NORTH_WEST"))));
        ids.put(
                "nw-inspection",
                created(api.as("manager.north-west").post("/api/inspections", inspection("NORTH_WEST"))));
        ids.put(
                "ln-inspection",
                created(api.as("manager.london-north").post("/api/inspections", inspection("LONDON_NORTH"))));
        // units beyond the Areas (ADR 0014)
        ids.put("national", created(api.as("lead.national").post("/api/commitments", commitment("NATIONAL"))));
        ids.put(
                "national-inspection",
                created(api.as("lead.national")
                        .post("/api/inspections", with(inspection("NATIONAL"), "kind", "THEMATIC"))));
        ids.put("cpsd", created(api.as("manager.cps-direct").post("/api/commitments", commitment("CPS_DIRECT"))));
        ids.put(
                "cpsd-inspection",
                created(api.as("manager.cps-direct").post("/api/inspections", inspection("CPS_DIRECT"))));
        wessexDocument = new String(
                new ClassPathResource("importing/wessex-2019-aai.md")
                        .getInputStream()
                        .readAllBytes(),
                StandardCharsets.UTF_8);
        ids.put(
                "wessex-import",
                created(api.as("lead.national").postText("/api/imports", wessexDocument, "text/markdown")));
        ids.put(
                "own-import",
                created(api.as("manager.london-north").postText("/api/imports", wessexDocument, "text/markdown")));
        Api.Response rebuild = api.as("lead.national").post("/api/admin/projections/inspections/rebuild", null);
        assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(202);
        ids.put("rebuild", rebuild.text("id"));
        ProjectionsCaughtUp.await(api);
    }

    private static String created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("id");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void eachCellOfTheMatrixHolds(Cell cell) {
        String path = cell.path();
        for (Map.Entry<String, String> id : ids.entrySet()) {
            path = path.replace("{" + id.getKey() + "}", id.getValue());
        }
        assertThat(path).as("every placeholder has a fixture").doesNotContain("{");
        Api.As as = api.as(cell.user().equals("anonymous") ? null : cell.user());
        Api.Response response;
        if (cell.method().equals("GET")) {
            response = cell.accept() == null ? as.get(path) : as.get(path, cell.accept());
        } else if ("wessex-document".equals(cell.body())) {
            response = as.postText(path, wessexDocument, "text/markdown");
        } else {
            response = as.send(HttpMethod.valueOf(cell.method()), path, body(cell.body()), Map.of());
        }
        assertThat(response.status()).as(cell + " answered " + response).isEqualTo(cell.status());
        if (cell.status() == 403
                && cell.user().startsWith("manager.")
                && cell.method().equals("GET")
                && !path.startsWith("/api/audit")
                && !path.startsWith("/api/admin")
                && !path.startsWith("/api/units")
                && !path.startsWith("/actuator")) {
            assertThat(response.text("code")).as(cell.toString()).isEqualTo("auth.area-forbidden");
            assertThat(response.text("detail"))
                    .as("the refusal says what may be read")
                    .contains("You may read only what concerns your own Areas");
        }
    }

    private Object body(String name) {
        if (name == null) {
            return null;
        }
        return switch (name) {
            case "ln-commitment" -> commitment("LONDON_NORTH");
            case "nw-commitment-joint-with-ln" -> with(commitment("NORTH_WEST"), "jointWith", List.of("LONDON_NORTH"));
            case "assignment" -> map("ownerRole", "ABM");
            case "judgement" -> map("grade", "GOOD_PROGRESS");
            case "plan" -> map("method", "DIP_SAMPLE", "cadence", "MONTHLY", "startsOn", "2022-05-10");
            case "nw-inspection" -> inspection("NORTH_WEST");
            case "national-commitment" -> commitment("NATIONAL");
            case "cpsd-commitment" -> commitment("CPS_DIRECT");
            case "national-inspection" -> with(inspection("NATIONAL"), "kind", "THEMATIC");
            case "cpsd-inspection" -> inspection("CPS_DIRECT");
            case "national-assignment" -> map("ownerRole", "NATIONAL_THEME_LEAD");
            case "contact" -> map("name", "Sam Okafor", "email", "sam.okafor@example.gov.uk");
            case "nw-follow-up" ->
                with(
                        inspection("NORTH_WEST"),
                        "kind",
                        "FOLLOW_UP",
                        "publishedOn",
                        "2023-05-01",
                        "issues",
                        List.of(),
                        "followsUp",
                        ids.get("nw-inspection"),
                        "grades",
                        List.of(map("number", 1, "grade", "REASONABLE_PROGRESS")));
            default -> throw new IllegalArgumentException("No body named <" + name + "> in docs/access.md's list");
        };
    }

    @Test
    void anAreaManagersListsHoldOnlyWhatConcernsItsAreas() {
        JsonNode inspections =
                api.as("manager.london-north").get("/api/inspections").json();
        assertThat(inspections
                        .valueStream()
                        .map(inspection -> inspection.path("area").asString())
                        .distinct()
                        .toList())
                .containsExactly("LONDON_NORTH");
        assertThat(api.as("auditor")
                        .get("/api/inspections")
                        .json()
                        .valueStream()
                        .map(inspection -> inspection.path("area").asString()))
                .contains("LONDON_NORTH", "NORTH_WEST");
    }

    @Test
    void namingItselfAsJointAreaDoesNotLetAManagerCreateAnotherAreasCommitment() {
        Api.Response refused = api.as("manager.london-north")
                .post(
                        "/api/commitments",
                        with(
                                commitment("NORTH_WEST"),
                                "jointWith",
                                List.of("LONDON_NORTH"),
                                "inspectionId",
                                ids.get("nw-inspection"),
                                "issueNumber",
                                1));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.text("code")).isEqualTo("auth.area-forbidden");
        assertThat(refused.text("detail")).contains("NORTH_WEST");

        Api.Response joint = api.as("manager.london-north")
                .post("/api/commitments/" + ids.get("joint") + "/assignment", map("ownerRole", "ABM"));
        assertThat(joint.status())
                .as("a joint Area acts on the commitment afterwards: " + joint)
                .isEqualTo(200);
    }
}
