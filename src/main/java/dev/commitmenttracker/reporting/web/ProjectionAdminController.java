package dev.commitmenttracker.reporting.web;

import dev.commitmenttracker.reporting.processing.ProjectionAdmin;
import dev.commitmenttracker.reporting.processing.ProjectionRebuilds;
import dev.commitmenttracker.reporting.processing.ProjectionStatus;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
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

    /**
     * A rebuild has been asked of the service (any node may be asked, ADR 0017); follow the request at {@code request}
     * and the replay at {@code status}.
     */
    record RebuildStarted(String name, String id, String state, String request, String status) {}

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
    @ApiResponse(
            responseCode = "202",
            description =
                    "The rebuild is asked of every node; follow the request, then the replay in the projection status.")
    ResponseEntity<RebuildStarted> rebuild(@PathVariable String name) {
        ProjectionRebuilds.Rebuild rebuild = admin.rebuild(name);
        String request = "/api/admin/projections/rebuilds/" + rebuild.id();
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create(request))
                .body(new RebuildStarted(name, rebuild.id(), rebuild.state(), request, "/api/admin/projections"));
    }

    /** A rebuild asked on any node: REQUESTED, RESETTING (a node is resetting it), DONE (replaying) or FAILED. */
    @GetMapping("/rebuilds/{id}")
    ProjectionRebuilds.Rebuild rebuildRequest(@PathVariable String id) {
        return admin.rebuildRequest(id);
    }
}
