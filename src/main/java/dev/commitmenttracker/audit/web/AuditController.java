package dev.commitmenttracker.audit.web;

import dev.commitmenttracker.audit.ChainVerifier;
import dev.commitmenttracker.audit.CommitmentHistory;
import dev.commitmenttracker.audit.Verification;
import dev.commitmenttracker.shared.RuleViolation;
import dev.commitmenttracker.web.Csv;
import java.util.List;
import java.util.Objects;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** History of a commitment, verification of the tamper-evident chain, and the digest an auditor keeps outside the database. */
@RestController
class AuditController {

    private final CommitmentHistory history;
    private final ChainVerifier verifier;
    private final JsonMapper json;

    AuditController(CommitmentHistory history, ChainVerifier verifier, JsonMapper json) {
        this.history = history;
        this.verifier = verifier;
        this.json = json;
    }

    @GetMapping("/api/commitments/{id}/history")
    List<CommitmentHistory.Entry> history(@PathVariable String id) {
        return history.of(id);
    }

    @GetMapping(path = "/api/commitments/{id}/history", produces = Csv.TEXT_CSV_VALUE)
    ResponseEntity<String> historyCsv(@PathVariable String id) {
        List<List<?>> rows = history.of(id).stream()
                .<List<?>>map(entry -> List.of(
                        entry.sequence(),
                        entry.type(),
                        entry.recordedAt(),
                        Objects.toString(entry.businessDate(), ""),
                        Objects.toString(entry.actor(), ""),
                        Objects.toString(entry.correlationId(), ""),
                        json.writeValueAsString(entry.data()),
                        Objects.toString(entry.hash(), "")))
                .toList();
        return Csv.respond(
                "history-" + id,
                List.of("sequence", "type", "recordedAt", "businessDate", "actor", "correlationId", "data", "hash"),
                rows);
    }

    /**
     * Verifies the whole store, or one commitment's events. With {@code position} and {@code digest} from an earlier
     * {@code /api/audit/digest} kept outside the database, also proves the store up to there was not rewritten.
     */
    @GetMapping("/api/audit/verify")
    Verification verify(
            @RequestParam(required = false) String commitment,
            @RequestParam(required = false) Long position,
            @RequestParam(required = false) String digest) {
        if (commitment != null) {
            if (!history.exists(commitment)) {
                throw RuleViolation.notFound(
                        "commitment.not-found",
                        "No commitment is recorded under id " + commitment + ": there is nothing to verify.");
            }
            return verifier.verifyAggregate(commitment);
        }
        if ((position == null) != (digest == null)) {
            throw RuleViolation.invalid(
                    "validation.required",
                    position == null ? "position" : "digest",
                    "A digest is checked at its position: give both position and digest, as /api/audit/digest returned them.");
        }
        return verifier.verifyStore(position, digest);
    }

    @GetMapping("/api/audit/digest")
    Verification digest() {
        return verifier.digest();
    }
}
