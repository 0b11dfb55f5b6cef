package dev.commitmenttracker.importing.web;

import dev.commitmenttracker.importing.DocumentFormat;
import dev.commitmenttracker.importing.ImportBusy;
import dev.commitmenttracker.importing.ImportPage;
import dev.commitmenttracker.importing.ImportRejected;
import dev.commitmenttracker.importing.ImportService;
import dev.commitmenttracker.importing.ImportView;
import dev.commitmenttracker.importing.ResponseDraft;
import dev.commitmenttracker.shared.RuleViolation;
import dev.commitmenttracker.web.Problems;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Imports a published CPS response as a draft action plan, shows the draft, and commits it once reviewed. */
@RestController
@RequestMapping("/api/imports")
class ImportController {

    @Schema(name = "ImportCreated")
    record Created(String id, ImportView.Status status, ResponseDraft draft) {}

    private static final int DEFAULT_PAGE = 20;
    private static final int MAX_PAGE = 100;
    /** Pages beyond this are refused: the offset (page times size) stays well inside the database's range. */
    private static final int MAX_PAGE_NUMBER = 100_000;

    private final ImportService imports;

    ImportController(ImportService imports) {
        this.imports = imports;
    }

    @ApiResponse(responseCode = "201", description = "The document is read and its draft action plan kept for review.")
    @PostMapping(consumes = {MediaType.TEXT_PLAIN_VALUE, "text/markdown", MediaType.TEXT_HTML_VALUE})
    ResponseEntity<Created> importText(
            @RequestBody(required = false) String document,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType) {
        return created(imports.importDocument(document, DocumentFormat.fromMediaType(contentType), null));
    }

    @ApiResponse(
            responseCode = "201",
            description = "The uploaded document is read and its draft action plan kept for review.")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Created> importFile(@RequestParam("file") MultipartFile file) {
        String text;
        try {
            text = new String(file.getBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ImportRejected(ImportRejected.UNREADABLE, "The uploaded file could not be read.");
        }
        DocumentFormat format =
                file.getOriginalFilename() != null && file.getOriginalFilename().contains(".")
                        ? DocumentFormat.fromFileName(file.getOriginalFilename())
                        : DocumentFormat.fromMediaType(file.getContentType());
        return created(imports.importDocument(text, format, file.getOriginalFilename()));
    }

    @GetMapping("/{id}")
    ImportView get(@PathVariable String id) {
        return imports.find(id);
    }

    /** The imports the user may read, newest first (see {@link ImportService#list}). */
    @GetMapping
    ImportPage list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        int p = page == null ? 0 : page;
        int n = size == null ? DEFAULT_PAGE : size;
        RuleViolation.requireValid(
                p >= 0 && p <= MAX_PAGE_NUMBER, "page", "out-of-range", "page is 0 to " + MAX_PAGE_NUMBER + ".");
        RuleViolation.requireValid(n >= 1 && n <= MAX_PAGE, "size", "out-of-range", "size is 1 to " + MAX_PAGE + ".");
        return imports.list(p, n);
    }

    /** Replaces the draft with the reviewed one, validated like a create; 409 once the import is committed. */
    @ApiResponse(responseCode = "200", description = "The reviewed draft replaces the one read from the document.")
    @PutMapping(value = "/{id}/draft", consumes = MediaType.APPLICATION_JSON_VALUE)
    ImportView replaceDraft(@PathVariable String id, @RequestBody ResponseDraft draft) {
        RuleViolation.requireValid(draft != null, "draft", "required", "Send the reviewed draft.");
        return imports.review(id, draft);
    }

    @PostMapping("/{id}/commit")
    ImportService.Committed commit(@PathVariable String id) {
        return imports.commit(id);
    }

    /** All parsing threads are busy: 429 with the seconds to wait, not 503 (the service itself is up). */
    @ExceptionHandler(ImportBusy.class)
    ResponseEntity<ProblemDetail> busy(ImportBusy busy) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(
                        HttpHeaders.RETRY_AFTER,
                        String.valueOf(Math.max(1, busy.retryAfter().toSeconds())))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.TOO_MANY_REQUESTS, ImportBusy.CODE, null, busy.getMessage()));
    }

    private static ResponseEntity<Created> created(ImportView view) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/imports/" + view.id()))
                .body(new Created(view.id(), view.status(), view.draft()));
    }
}
