package dev.commitmenttracker.importing;

import dev.commitmenttracker.commitment.CommitmentService;
import dev.commitmenttracker.commitment.api.AssignCommitment;
import dev.commitmenttracker.commitment.api.AssurancePlan;
import dev.commitmenttracker.commitment.api.RecordCommitment;
import dev.commitmenttracker.inspection.InspectionService;
import dev.commitmenttracker.inspection.api.InspectionKind;
import dev.commitmenttracker.inspection.api.IssueToAddress;
import dev.commitmenttracker.inspection.api.Rating;
import dev.commitmenttracker.inspection.api.RecordInspection;
import dev.commitmenttracker.security.CurrentUser;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.CommandLimits;
import dev.commitmenttracker.shared.Limits;
import dev.commitmenttracker.shared.OwnerRole;
import dev.commitmenttracker.shared.PlainText;
import dev.commitmenttracker.shared.RuleViolation;
import dev.commitmenttracker.shared.Theme;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Turns a published response into a reviewable draft, and commits a reviewed draft through the normal commands.
 * Every id a commit creates is derived from the document's hash, so committing the same document again (from this
 * draft or from a second import of it) records nothing new.
 */
@Service
public class ImportService {

    /** What a commit recorded. */
    public record Committed(String importId, String inspectionId, List<String> commitmentIds) {}

    private final ParseExecutor parser;
    private final ImportedDocuments documents;
    private final InspectionService inspections;
    private final CommitmentService commitments;
    private final CurrentUser user;
    private final Clock clock;
    private final CommandLimits limits;

    ImportService(
            ParseExecutor parser,
            ImportedDocuments documents,
            InspectionService inspections,
            CommitmentService commitments,
            CurrentUser user,
            Clock clock,
            CommandLimits limits) {
        this.parser = parser;
        this.documents = documents;
        this.inspections = inspections;
        this.commitments = commitments;
        this.user = user;
        this.clock = clock;
        this.limits = limits;
    }

    /** Reads the document into a draft and keeps both for review; nothing is recorded in the ledger yet. */
    public ImportView importDocument(String document, DocumentFormat format, String fileName) {
        if (document != null && document.length() > Limits.DOCUMENT_CHARS) {
            throw new ImportRejected(
                    ImportRejected.UNREADABLE, "The document has more than " + Limits.DOCUMENT_CHARS + " characters.");
        }
        if (document != null && PlainText.Check.firstFault(document, true) != null) {
            throw RuleViolation.invalid(
                    "validation.control-character",
                    "document",
                    "The document holds a control character other than tab or a line break, or half of a surrogate pair.");
        }
        if (fileName != null
                && (fileName.length() > Limits.FILE_NAME || PlainText.Check.firstFault(fileName, false) != null)) {
            throw RuleViolation.invalid(
                    fileName.length() > Limits.FILE_NAME ? "validation.too-long" : "validation.control-character",
                    "fileName",
                    "A file name is one line of at most " + Limits.FILE_NAME + " characters.");
        }
        ResponseDraft draft = parser.parse(document, format);
        ImportedDocument imported = new ImportedDocument(
                UUID.randomUUID().toString(),
                sha256(document),
                format,
                fileName,
                document,
                draft,
                user.name(),
                Instant.now(clock));
        return documents.save(imported).view();
    }

    /**
     * The import with its document's draft, for a user who may read it: whoever made it, or a reader of the draft's
     * Area ({@link CurrentUser#requireMayRead}); a draft that names no Area concerns no Area.
     */
    public ImportView find(String id) {
        ImportView view = load(id).view();
        if (!user.name().equals(view.createdBy())) {
            user.requireMayRead(
                    view.draft() == null
                            ? List.of()
                            : view.draft().areaCode().map(List::of).orElse(List.of()));
        }
        return view;
    }

    /**
     * Records the draft's inspection and each of its commitments (committed on the published date, assigned to the
     * first owner the document names), as the logged-in user.
     */
    public Committed commit(String importId) {
        ImportedDocument imported = load(importId);
        ResponseDraft draft = imported.draft();
        AreaCode area = draft.areaCode().orElseThrow(() -> incomplete("area", "The draft names no CPS Area."));
        user.requireMayCommand(List.of(area));
        InspectionKind kind = draft.inspectionKind()
                .orElseThrow(() -> incomplete("kind", "The draft does not say what kind of inspection it answers."));
        LocalDate published = publishedOn(draft.published());

        String inspectionId = derivedId(imported, "inspection");
        RecordInspection inspection = new RecordInspection(
                inspectionId,
                area,
                kind,
                title(kind, area, draft.published()),
                published,
                ratings(draft),
                draft.issues().stream()
                        .map(issue -> new IssueToAddress(issue.number(), issue.text(), issue.theme()))
                        .toList());
        // The limits every command meets (a publication date not in the future above all), checked for the whole draft
        // before any of it is recorded, so that a refused draft leaves nothing half recorded.
        limits.check(inspection);
        draft.generalCommitments()
                .forEach(commitment -> limits.check(recordCommitment(
                        imported, area, List.of(), inspectionId, null, Theme.OTHER, commitment, published)));
        draft.issues()
                .forEach(issue -> issue.commitments()
                        .forEach(commitment -> limits.check(recordCommitment(
                                imported,
                                area,
                                List.of(),
                                inspectionId,
                                issue.number(),
                                issue.theme(),
                                commitment,
                                published))));
        inspections.record(inspection);

        List<String> recorded = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (CommitmentDraft commitment : draft.generalCommitments()) {
            record(imported, area, List.of(), inspectionId, null, Theme.OTHER, commitment, published, seen, recorded);
        }
        for (IssueDraft issue : draft.issues()) {
            List<AreaCode> jointWith = issue.jointWith().stream()
                    .map(name -> CpsAreas.codeFor(name)
                            .orElseThrow(() -> incomplete("issues.joint_with", "'" + name + "' is not a CPS Area.")))
                    .filter(joint -> joint != area)
                    .toList();
            for (CommitmentDraft commitment : issue.commitments()) {
                record(
                        imported,
                        area,
                        jointWith,
                        inspectionId,
                        issue.number(),
                        issue.theme(),
                        commitment,
                        published,
                        seen,
                        recorded);
            }
        }
        imported.markCommitted(user.name(), Instant.now(clock), inspectionId);
        documents.save(imported);
        return new Committed(importId, inspectionId, recorded);
    }

    /**
     * Replaces a draft with the one a person reviewed (Area, date, kind, issues and commitments corrected, dropped or
     * added), before it is committed. The reviewed draft must name a CPS Area the user may command, a kind of inspection
     * and a readable date; a committed import is not changed.
     */
    public ImportView review(String importId, ResponseDraft reviewed) {
        ImportedDocument imported = load(importId);
        if (imported.view().status() == ImportView.Status.COMMITTED) {
            throw RuleViolation.conflict(
                    "import.committed", "This import was already committed; its draft no longer changes.");
        }
        imported.draft().areaCode().ifPresent(area -> user.requireMayCommand(List.of(area)));
        AreaCode area = reviewed.areaCode()
                .orElseThrow(() -> RuleViolation.invalid(
                        "import.unknown-area", "area", "'" + reviewed.area() + "' is not a CPS Area."));
        user.requireMayCommand(List.of(area));
        reviewed.inspectionKind()
                .orElseThrow(() -> RuleViolation.invalid(
                        "validation.required", "kind", "Say what kind of inspection it answers."));
        try {
            publishedOn(reviewed.published());
        } catch (java.time.format.DateTimeParseException e) {
            throw RuleViolation.invalid(
                    "validation.not-a-date",
                    "published",
                    "Give the publication date as 2022-05-12, or 2022-05 when only the month is known.");
        }
        imported.replaceDraft(reviewed);
        return documents.save(imported).view();
    }

    /** A sentence answering two issues at once is one commitment, recorded under the first of them. */
    private void record(
            ImportedDocument imported,
            AreaCode area,
            List<AreaCode> jointWith,
            String inspectionId,
            Integer issueNumber,
            Theme theme,
            CommitmentDraft commitment,
            LocalDate published,
            Set<String> seen,
            List<String> recorded) {
        if (!seen.add(commitment.text())) {
            return;
        }
        String id = commitments.record(
                recordCommitment(imported, area, jointWith, inspectionId, issueNumber, theme, commitment, published));
        if (!commitment.owners().isEmpty()) {
            OwnerRole owner = commitment.owners().get(0);
            commitments.act(id, null, version -> new AssignCommitment(id, owner, null, published, version));
        }
        recorded.add(id);
    }

    private static RecordCommitment recordCommitment(
            ImportedDocument imported,
            AreaCode area,
            List<AreaCode> jointWith,
            String inspectionId,
            Integer issueNumber,
            Theme theme,
            CommitmentDraft commitment,
            LocalDate published) {
        return new RecordCommitment(
                derivedId(imported, "commitment:" + commitment.text()),
                area,
                jointWith,
                inspectionId,
                issueNumber,
                theme,
                commitment.text(),
                published,
                null,
                null,
                null,
                planOf(commitment, published));
    }

    /** A commitment naming one assurance method and a rhythm promises that check from the day it was made. */
    private static AssurancePlan planOf(CommitmentDraft commitment, LocalDate committedOn) {
        if (commitment.assurance().size() != 1 || commitment.cadence() == null) {
            return null;
        }
        return new AssurancePlan(commitment.assurance().get(0), commitment.cadence(), committedOn);
    }

    private ImportedDocument load(String id) {
        return documents
                .findById(id)
                .orElseThrow(
                        () -> RuleViolation.notFound("import.not-found", "No import is recorded under id " + id + "."));
    }

    private static Map<String, Rating> ratings(ResponseDraft draft) {
        Map<String, Rating> ratings = new LinkedHashMap<>();
        draft.ratings().forEach((domain, word) -> {
            try {
                ratings.put(domain, Rating.of(word));
            } catch (IllegalArgumentException e) {
                throw incomplete(
                        "ratings",
                        "The rating '" + word + "' of '" + domain + "' is not one of " + List.of(Rating.values())
                                + ".");
            }
        });
        return ratings;
    }

    /** "2022-05-12" as it is; "2022-05" (the document gives only the month) as the first of that month. */
    private static LocalDate publishedOn(String published) {
        if (published == null) {
            throw incomplete("published", "The draft has no publication date.");
        }
        return published.length() == 7 ? YearMonth.parse(published).atDay(1) : LocalDate.parse(published);
    }

    private static String title(InspectionKind kind, AreaCode area, String published) {
        String words = kind.code().replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + ": " + area.displayName() + ", published "
                + published;
    }

    private static String derivedId(ImportedDocument imported, String what) {
        return UUID.nameUUIDFromBytes(
                        ("cps-response:" + imported.documentHash() + ":" + what).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private static RuleViolation incomplete(String field, String message) {
        return RuleViolation.invalid(
                "import.incomplete", field, message + " Correct the document and import it again.");
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest((text == null ? "" : text).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
