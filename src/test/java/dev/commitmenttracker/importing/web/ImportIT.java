package dev.commitmenttracker.importing.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.support.Api;
import dev.commitmenttracker.support.PostgresIntegrationTest;
import dev.commitmenttracker.support.ProjectionsCaughtUp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/** A published response, imported as a draft, reviewed, committed through the normal commands; twice changes nothing. */
@PostgresIntegrationTest
class ImportIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void aResponseBecomesADraftAndThenTheLedgersInspectionAndCommitments() throws IOException {
        String document = fixture("wessex-2019-aai.md");
        long before = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        Api.Response imported = postText(document, "text/markdown");
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        JsonNode draft = imported.json().path("draft");
        assertThat(draft.path("area").asString()).isEqualTo("Wessex");
        assertThat(draft.path("kind").asString()).isEqualTo("area-assurance-inspection");
        assertThat(draft.path("ratings").path("Casework Quality").asString()).isEqualTo("Fair");
        assertThat(draft.path("issues")
                        .get(0)
                        .path("commitments")
                        .get(0)
                        .path("owners")
                        .get(0)
                        .asString())
                .isEqualTo("DCCP");
        String importId = imported.text("id");
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class))
                .as("a draft records nothing")
                .isEqualTo(before);

        assertThat(api.as("manager.london-north")
                        .post("/api/imports/" + importId + "/commit", null)
                        .text("code"))
                .isEqualTo("auth.area-forbidden");
        assertThat(api.as("auditor")
                        .post("/api/imports/" + importId + "/commit", null)
                        .status())
                .isEqualTo(403);

        Api.Response committed = api.as("lead.national").post("/api/imports/" + importId + "/commit", null);
        assertThat(committed.status()).as(committed.toString()).isEqualTo(200);
        String inspectionId = committed.text("inspectionId");
        List<String> ids = committed
                .json()
                .path("commitmentIds")
                .valueStream()
                .map(JsonNode::asString)
                .toList();
        assertThat(ids).isNotEmpty();

        JsonNode inspection =
                api.as("auditor").get("/api/inspections/" + inspectionId).json();
        assertThat(inspection.path("area").asString()).isEqualTo("WESSEX");
        assertThat(inspection.path("publishedOn").asString()).isEqualTo("2019-03-14");
        assertThat(inspection.path("ratings").path("Casework Quality").asString())
                .isEqualTo("FAIR");
        JsonNode first = api.as("auditor").get("/api/commitments/" + ids.get(0)).json();
        assertThat(first.path("committedOn").asString()).isEqualTo("2019-03-14");
        assertThat(first.path("inspectionId").asString()).isEqualTo(inspectionId);
        JsonNode history = api.as("auditor")
                .get("/api/commitments/" + ids.get(0) + "/history")
                .json();
        assertThat(history.get(0).path("actor").asString()).isEqualTo("lead.national");
        assertThat(api.as("auditor")
                        .get("/api/imports/" + importId)
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("COMMITTED");

        ProjectionsCaughtUp.await(api);
        JsonNode report = api.as("analyst").get("/api/reports/areas/WESSEX").json();
        assertThat(report.path("total").asLong())
                .as("the Area report counts every imported commitment")
                .isEqualTo(ids.size());
        assertThat(api.as("analyst")
                        .get("/api/commitments?area=WESSEX&inspectionId=" + inspectionId + "&size=100")
                        .json()
                        .path("total")
                        .asLong())
                .isEqualTo(ids.size());

        long events = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        String again = postText(document, "text/markdown").text("id");
        Api.Response secondCommit = api.as("lead.national").post("/api/imports/" + again + "/commit", null);
        assertThat(secondCommit
                        .json()
                        .path("commitmentIds")
                        .valueStream()
                        .map(JsonNode::asString)
                        .toList())
                .isEqualTo(ids);
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class))
                .as("committing the same document again")
                .isEqualTo(events);
    }

    @Test
    void anUploadedFileIsReadByItsName() throws IOException {
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        parts.part("file", new ClassPathResource("importing/yorkshire-and-humberside-2023-aip.txt"))
                .filename("yorkshire-and-humberside-2023-aip.txt");
        JsonNode created = RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .build()
                .post()
                .uri("/api/imports")
                .headers(headers -> headers.setBasicAuth("lead.national", "demo"))
                .header(Api.REQUESTED_WITH, "commitment-tracker-tests")
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts.build())
                .retrieve()
                .body(JsonNode.class);
        assertThat(created.path("draft").path("area").asString()).isEqualTo("Yorkshire and Humberside");
        assertThat(created.path("draft").path("issues")).isNotEmpty();
    }

    @Test
    void aDocumentThatIsNotAResponseIsRefusedClearly() {
        Api.Response empty = postText("   ", "text/plain");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.text("code")).isEqualTo("import.empty");
        Api.Response recipe = postText("Pancakes\n\nMix flour, eggs and milk. Fry in a hot pan.", "text/plain");
        assertThat(recipe.status()).isEqualTo(400);
        assertThat(recipe.text("code")).isEqualTo("import.not-a-response");
        assertThat(recipe.text("field")).isEqualTo("document");
        assertThat(api.as("analyst")
                        .send(HttpMethod.POST, "/api/imports", null, Map.of())
                        .status())
                .isEqualTo(403);
    }

    private Api.Response postText(String document, String contentType) {
        return api.as("lead.national").postText("/api/imports", document, contentType);
    }

    private static String fixture(String name) throws IOException {
        return new String(
                new ClassPathResource("importing/" + name).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
