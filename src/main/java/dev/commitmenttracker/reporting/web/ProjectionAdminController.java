package dev.commitmenttracker.reporting.web;

import dev.commitmenttracker.reporting.processing.ProjectionAdmin;
import dev.commitmenttracker.reporting.processing.ProjectionStatus;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Projection administration (national leads only, by the /api/admin/** rule): status, rebuild from the first event, and
 * the events a projection has parked in its dead-letter queue, listed and retried. Nothing here drops a parked event.
 */
@RestController
@RequestMapping("/api/admin/projections")
class ProjectionAdminController {

    /** The head of the event store and every processing group's status. */
    record Projections(Long head, List<ProjectionStatus> projections) {}

    /** A rebuild has started; follow it at {@code status}. */
    record RebuildStarted(String name, String status) {}

    private final ProjectionAdmin admin;

    ProjectionAdminController(ProjectionAdmin admin) {
        this.admin = admin;
    }

    @GetMapping
    Projections list() {
        List<ProjectionStatus> statuses = admin.statuses();
        return new Projections(
                statuses.isEmpty() ? admin.head() : statuses.get(0).head(), statuses);
    }

    @GetMapping("/{name}/dead-letters")
    ProjectionAdmin.Parked deadLetters(@PathVariable String name) {
        return admin.deadLetters(name);
    }

    /** Tries every parked sequence again, in order; answers what was applied and what is still parked. */
    @PostMapping("/{name}/dead-letters/retry")
    ProjectionAdmin.Retried retryDeadLetters(@PathVariable String name) {
        return admin.retryDeadLetters(name);
    }

    @PostMapping("/{name}/rebuild")
    @ApiResponse(responseCode = "202", description = "The rebuild has started; follow it in the projection status.")
    ResponseEntity<RebuildStarted> rebuild(@PathVariable String name) {
        admin.rebuild(name);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new RebuildStarted(name, "/api/admin/projections"));
    }
}
