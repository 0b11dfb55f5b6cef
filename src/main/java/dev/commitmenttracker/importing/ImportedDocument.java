package dev.commitmenttracker.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A document someone imported: its text, the draft read from it, and its commit once a person has reviewed it. */
@Entity
@Table(name = "imported_document")
class ImportedDocument {

    @Id
    private String id;

    @Column(name = "document_hash")
    private String documentHash;

    @Enumerated(EnumType.STRING)
    private DocumentFormat format;

    @Column(name = "file_name")
    private String fileName;

    private String document;

    @Column(name = "draft_json")
    private String draftJson;

    private String area;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "committed_by")
    private String committedBy;

    @Column(name = "committed_at")
    private Instant committedAt;

    @Column(name = "inspection_id")
    private String inspectionId;

    protected ImportedDocument() {}

    ImportedDocument(
            String id,
            String documentHash,
            DocumentFormat format,
            String fileName,
            String document,
            ResponseDraft draft,
            String createdBy,
            Instant createdAt) {
        this.id = id;
        this.documentHash = documentHash;
        this.format = format;
        this.fileName = fileName;
        this.document = document;
        this.draftJson = DraftJson.write(draft);
        this.area = draft.areaCode().map(Enum::name).orElse(null);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** The draft as a person corrected it before commit. */
    void replaceDraft(ResponseDraft reviewed) {
        this.draftJson = DraftJson.write(reviewed);
        this.area = reviewed.areaCode().map(Enum::name).orElse(null);
    }

    void markCommitted(String by, Instant at, String inspection) {
        if (committedAt == null) {
            committedBy = by;
            committedAt = at;
        }
        inspectionId = inspection;
    }

    String id() {
        return id;
    }

    String documentHash() {
        return documentHash;
    }

    ResponseDraft draft() {
        return DraftJson.read(draftJson);
    }

    ImportSummary summary() {
        ResponseDraft draft = draft();
        return new ImportSummary(
                id,
                fileName,
                area,
                draft.unitKind(),
                draft.title(),
                draft.kind(),
                committedAt == null ? ImportView.Status.DRAFT : ImportView.Status.COMMITTED,
                createdBy,
                createdAt,
                committedBy,
                committedAt);
    }

    ImportView view() {
        return new ImportView(
                id,
                committedAt == null ? ImportView.Status.DRAFT : ImportView.Status.COMMITTED,
                fileName,
                format,
                createdBy,
                createdAt,
                committedBy,
                committedAt,
                inspectionId,
                draft());
    }
}
