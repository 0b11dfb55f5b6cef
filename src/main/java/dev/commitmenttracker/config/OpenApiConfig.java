package dev.commitmenttracker.config;

import dev.commitmenttracker.web.Csv;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;

/**
 * The published OpenAPI document, exact about what the API answers: HTTP Basic as the security scheme, and on every
 * operation the problem+json refusals it can give (each with its stable {@code code} and the {@code field} at fault),
 * beside the success answers springdoc reads from the controllers.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    static final String BASIC = "basicAuth";
    static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = "application/problem+json";
    static final String TEXT_CSV = "text/csv";

    @Bean
    OpenAPI trackerOpenApi() {
        return new OpenAPI()
                .info(
                        new Info()
                                .title("Commitment tracker API")
                                .version("1")
                                .description(
                                        "Commitments CPS Areas make in response to HMCPSI inspections, as event-sourced records. "
                                                + "Every refusal is application/problem+json with a stable `code`; clients branch on it."))
                .components(new Components()
                        .addSecuritySchemes(
                                BASIC,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    /** Adds the refusals each operation can answer; the success answers stay as the controllers declare them. */
    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> {
            // here rather than on the OpenAPI bean: springdoc drops component schemas no operation refers to yet
            openApi.getComponents()
                    .getSchemas()
                    .values()
                    .forEach(schema -> nullableUnlessRequired(schema, openApi.getSpecVersion()));
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            openApi.getPaths()
                    .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                        refusals(path, method)
                                .forEach((status, description) ->
                                        responses(operation).putIfAbsent(status, problem(description)));
                        offerCsv(operation);
                    }));
        };
    }

    /**
     * Answers are records serialised with their nulls (an unassigned commitment's {@code ownerRole} is null): say so of
     * every property a schema does not require, enums included, or a client generated from the document rejects them.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void nullableUnlessRequired(Schema<?> schema, SpecVersion version) {
        if (schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        schema.getProperties().forEach((name, property) -> {
            if (required.contains(name) || property.get$ref() != null) {
                return;
            }
            if (version == SpecVersion.V31) {
                ((Schema) property).addType("null");
            } else {
                property.setNullable(true);
            }
            if (property.getEnum() != null && !property.getEnum().contains(null)) {
                ((Schema) property).getEnum().add(null);
            }
        });
    }

    /**
     * Reports answer CSV to {@code Accept: text/csv}: say so beside their JSON. An operation whose mapping produces CSV
     * gets, from springdoc, its JSON schema under {@code text/csv} too: that one is replaced by the CSV's text.
     */
    private static void offerCsv(Operation operation) {
        boolean negotiates = operation.getParameters() != null
                && operation.getParameters().stream()
                        .anyMatch(parameter -> "header".equals(parameter.getIn())
                                && HttpHeaders.ACCEPT.equalsIgnoreCase(parameter.getName()));
        ApiResponse ok = operation.getResponses() == null
                ? null
                : operation.getResponses().get("200");
        if (ok != null
                && ok.getContent() != null
                && (negotiates || ok.getContent().containsKey(TEXT_CSV))) {
            ok.getContent()
                    .addMediaType(TEXT_CSV, new MediaType().schema(new StringSchema().description(Csv.DESCRIPTION)));
        }
    }

    /** The refusals of one operation, by what it is: every call can be refused; commands and paths with ids more so. */
    static Map<String, String> refusals(String path, PathItem.HttpMethod method) {
        Map<String, String> refusals = new LinkedHashMap<>();
        boolean command = method == PathItem.HttpMethod.POST
                || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.DELETE;
        refusals.put("400", "The request cannot be read or breaks a rule of input: `code` says which, `field` where.");
        if (!path.startsWith("/actuator")) {
            refusals.put("401", "No login, or a wrong one (HTTP Basic).");
            refusals.put("403", "The login's role or Areas do not allow this request.");
        }
        if (path.contains("{")) {
            refusals.put("404", "Nothing is recorded under that id.");
        }
        refusals.put("406", "The Accept header asks for a representation this endpoint does not give.");
        if (command) {
            refusals.put("409", "The request conflicts with what is recorded (`code` says how); nothing was recorded.");
            refusals.put("412", "If-Match names a version that is no longer current; nothing was recorded.");
            refusals.put("413", "The request body is larger than this endpoint accepts.");
            refusals.put("415", "The request body's content type is not one this endpoint reads.");
            refusals.put("428", "This act needs an If-Match header with the version it applies to.");
        }
        refusals.put(
                "503",
                "The database could not complete the request, so a change was not confirmed: read the record before sending it again.");
        return refusals;
    }

    private static ApiResponses responses(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        return operation.getResponses();
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                PROBLEM_JSON,
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema problemSchema() {
        Schema problem = new ObjectSchema()
                .description(
                        "RFC 9457 problem details with the tracker's stable code and, for bad input, the field at fault.")
                .addProperty("type", new StringSchema().format("uri"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty(
                        "code",
                        new StringSchema().description("Stable code clients branch on, e.g. validation.required."))
                .addProperty("field", new StringSchema().description("The request field at fault, when there is one."));
        problem.addRequiredItem("status");
        problem.addRequiredItem("code");
        return problem;
    }
}
