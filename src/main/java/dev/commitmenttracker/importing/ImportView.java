package dev.commitmenttracker.importing;

import java.time.Instant;

/** An imported document as the API shows it: the draft for review, and what its commit recorded. */
public record ImportView(
        String id,
        Status status,
        String fileName,
        DocumentFormat format,
        String createdBy,
        Instant createdAt,
        String committedBy,
        Instant committedAt,
        String inspectionId,
        ResponseDraft draft) {

    /** A draft is reviewed, then committed. */
    public enum Status {
        DRAFT,
        COMMITTED
    }
}
