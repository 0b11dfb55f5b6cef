package dev.commitmenttracker.importing;

import dev.commitmenttracker.commitment.CommitmentService;
import dev.commitmenttracker.commitment.api.AssignCommitment;
import dev.commitmenttracker.commitment.api.AssurancePlan;
import dev.commitmenttracker.commitment.api.NoteProgress;
import dev.commitmenttracker.commitment.api.RecordCommitment;
import dev.commitmenttracker.commitment.api.StartWork;
import dev.commitmenttracker.inspection.InspectionList;
import dev.commitmenttracker.inspection.InspectionService;
import dev.commitmenttracker.inspection.api.FindingGrade;
import dev.commitmenttracker.inspection.api.FindingKind;
import dev.commitmenttracker.inspection.api.InspectionKind;
import dev.commitmenttracker.inspection.api.InspectionState;
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
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.env.Environment;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * Turns a published response into a reviewable draft, and commits a reviewed draft through the normal commands.
 * Every id a commit creates is derived from the document's hash, so committing the same document again (from this
 * draft or from a second import of it) records nothing new.
 */
@Service
public class ImportService {

    /**
     * What a commit recorded: the inspection, the commitments, and for a follow-up the earlier inspection it is linked to
     * (null when none) and how many of its findings it graded (each grade a follow-up judgement on the commitments
     * answering that finding).
     */
    public record Committed(
            String importId, String inspectionId, List<String> commitmentIds, String followsUp, int grades) {}

    private final ParseExecutor parser;
    private final ImportedDocuments documents;
    private final InspectionService inspections;
    private final InspectionList inspectionList;
    private final CommitmentService commitments;
    private final CurrentUser user;
    private final Clock clock;
    private final CommandLimits limits;
    private final DueDefaults dueDefaults;

    ImportService(
            ParseExecutor parser,
            ImportedDocuments documents,
            InspectionService inspections,
            InspectionList inspectionList,
            CommitmentService commitments,
            CurrentUser user,
            Clock clock,
            CommandLimits limits,
            Environment environment) {
        this.parser = parser;
        this.documents = documents;
        this.inspections = inspections;
        this.inspectionList = inspectionList;
        this.commitments = commitments;
        this.user = user;
        this.clock = clock;
        this.limits = limits;
        this.dueDefaults = dueDefaults(environment);
    }

    /**
     * The default due dates configured as {@code tracker.importing.default-due.<kind code>} (months after publication)
     * and {@code tracker.importing.default-due.otherwise}, over the standard rule ({@link DueDefaults#STANDARD}).
     */
    private static DueDefaults dueDefaults(Environment environment) {
        Map<InspectionKind, Integer> months = new EnumMap<>(InspectionKind.class);
        for (InspectionKind kind : InspectionKind.values()) {
            months.put(
                    kind,
                    environment.getProperty(
                            "tracker.importing.default-due." + kind.code(),
                            Integer.class,
                            DueDefaults.STANDARD.months().get(kind)));
        }
        return new DueDefaults(
                months,
                environment.getProperty(
                        "tracker.importing.default-due.otherwise", Integer.class, DueDefaults.STANDARD.otherwise()));
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
        ResponseDraft parsed = parser.parse(document, format);
        ResponseDraft draft =
                linkFollowUp(parsed.withDefaultDue(dueDefaults.forDraft(parsed.kind(), parsed.published())));
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
     * A follow-up's earlier inspection, as the response names it, resolved to a recorded inspection of the draft's unit
     * published before it, not itself a follow-up ({@link EarlierInspections}); a warning when none or several match.
     * Read from the {@code inspections} list, so an inspection recorded a moment ago may not be found yet: the reviewer
     * can set it.
     */
    private ResponseDraft linkFollowUp(ResponseDraft draft) {
        if (draft.inspectionKind().orElse(null) != InspectionKind.FOLLOW_UP) {
            return draft;
        }
        AreaCode unit = draft.areaCode().orElse(null);
        if (unit == null) {
            return draft;
        }
        EarlierInspections.Resolution resolution = EarlierInspections.resolve(
                draft.followsUp(),
                unit.displayName(),
                publishedOrNull(draft),
                inspectionList.inArea(unit).stream()
                        .map(ImportService::candidate)
                        .toList());
        FollowsUp named = draft.followsUp() == null ? new FollowsUp(null, null) : draft.followsUp();
        return draft.withFollowsUp(
                resolution.inspectionId() == null ? draft.followsUp() : named.linkedTo(resolution.inspectionId()),
                resolution.warning());
    }

    /**
     * The recorded inspections a follow-up draft may be linked to, newest first: of the draft's unit, not follow-ups
     * themselves, published before the draft (when its date is read). Empty for a draft that is not a follow-up, has no
     * unit, or whose unit this user may not read.
     */
    public List<InspectionList.Summary> earlierInspections(ResponseDraft draft) {
        AreaCode unit = draft.areaCode().orElse(null);
        if (draft.inspectionKind().orElse(null) != InspectionKind.FOLLOW_UP
                || unit == null
                || !user.mayRead(List.of(unit))) {
            return List.of();
        }
        LocalDate before = publishedOrNull(draft);
        return inspectionList.inArea(unit).stream()
                .filter(summary -> EarlierInspections.linkable(candidate(summary), before))
                .toList();
    }

    private static EarlierInspections.Candidate candidate(InspectionList.Summary summary) {
        return new EarlierInspections.Candidate(
                summary.id(), summary.title(), summary.publishedOn(), summary.kind() == InspectionKind.FOLLOW_UP);
    }

    /** The draft's publication date, or null when it gives none or one that cannot be read (which limits nothing). */
    private static LocalDate publishedOrNull(ResponseDraft draft) {
        try {
            return draft.published() == null ? null : publishedOn(draft.published());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /**
     * A page of imports, newest first, scoped like other reads: a user who sees every unit lists every import; an Area
     * manager lists the imports of their Areas and those they made themselves (a national or other unit's import made
     * by someone else is not theirs to list).
     */
    public ImportPage list(int page, int size) {
        PageRequest request =
                PageRequest.of(page, size, Sort.by("createdAt").descending().and(Sort.by("id")));
        Page<ImportedDocument> found = user.seesAllAreas()
                ? documents.findAll(request)
                : documents.findByAreaInOrCreatedBy(
                        user.scopedAreas().stream().map(Enum::name).toList(), user.name(), request);
        return new ImportPage(
                found.getContent().stream().map(ImportedDocument::summary).toList(),
                page,
                size,
                found.getTotalElements());
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
     * Records the draft's inspection and each of its commitments under the draft's unit (an Area, the national level,
     * CPS Direct or a casework division), as the logged-in user: each commitment committed on the published date, due
     * on its own date, else the draft's default due date (set by the rule, or in review), assigned to the first owner
     * the document names. A sentence marked {@code done} is recorded, assigned, started and noted as reported done in
     * the response (it is closed only on evidence, like any other); a {@code context} sentence is not recorded.
     */
    public Committed commit(String importId) {
        ImportedDocument imported = load(importId);
        ResponseDraft draft = imported.draft();
        AreaCode area = draft.areaCode().orElseThrow(() -> incomplete("area", "The draft names no CPS unit."));
        user.requireMayCommand(List.of(area));
        InspectionKind kind = draft.inspectionKind()
                .orElseThrow(() -> incomplete("kind", "The draft does not say what kind of inspection it answers."));
        LocalDate published = publishedOn(draft.published());
        requireLinkable(draft, area, kind, published);

        Commands commands = commandsFor(imported, draft, area, kind, published);
        // The limits every command meets (a publication date not in the future above all), checked for the whole draft
        // before any of it is recorded, so that a refused draft leaves nothing half recorded.
        limits.check(commands.inspection());
        commands.commitments().forEach(planned -> limits.check(planned.command()));
        inspections.record(commands.inspection());

        List<String> recorded = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Planned planned : commands.commitments()) {
            record(planned, published, seen, recorded);
        }
        imported.markCommitted(
                user.name(), Instant.now(clock), commands.inspection().inspectionId());
        documents.save(imported);
        return new Committed(
                importId,
                commands.inspection().inspectionId(),
                recorded,
                commands.inspection().followsUp(),
                commands.inspection().grades().size());
    }

    /** The commands a commit sends: the inspection, then each commitment with its first owner and status. */
    record Commands(RecordInspection inspection, List<Planned> commitments) {}

    /** One commitment to record, the owner to assign it to, and whether the response reports it done. */
    record Planned(RecordCommitment command, OwnerRole owner, boolean reportedDone) {}

    /**
     * The draft as commands: the one place a draft's shape meets the commands' shape. Findings addressed to others than
     * the CPS are recorded on the inspection and get no commitments; {@code context} sentences are not recorded.
     */
    private Commands commandsFor(
            ImportedDocument imported, ResponseDraft draft, AreaCode area, InspectionKind kind, LocalDate published) {
        String inspectionId = derivedId(imported, "inspection");
        // A follow-up linked to the earlier inspection sends its grades with it, which FollowUpJudging turns into
        // judgements on the commitments answering each graded finding; unlinked, neither is sent (the draft keeps
        // them).
        String followsUp = followsUpId(draft);
        List<FindingGrade> grades = followsUp == null
                ? List.of()
                : draft.issues().stream()
                        .filter(issue -> issue.grade() != null)
                        .map(issue -> new FindingGrade(issue.kind(), issue.number(), issue.grade(), null))
                        .toList();
        RecordInspection inspection = new RecordInspection(
                inspectionId,
                area,
                kind,
                title(draft, kind, area),
                published,
                ratings(draft),
                draft.issues().stream()
                        .map(issue -> new IssueToAddress(
                                issue.number(),
                                issue.text(),
                                issue.theme(),
                                issue.kind(),
                                issue.forCps(),
                                issue.addressedTo()))
                        .toList(),
                followsUp,
                grades);
        LocalDate defaultDue = defaultDue(draft, kind, published);
        OwnerRole voice = area == AreaCode.NATIONAL ? OwnerRole.NATIONAL : OwnerRole.AREA;
        List<Planned> planned = new ArrayList<>();
        for (CommitmentDraft commitment : draft.generalCommitments()) {
            plan(
                            imported,
                            area,
                            List.of(),
                            inspectionId,
                            null,
                            null,
                            Theme.OTHER,
                            commitment,
                            published,
                            defaultDue,
                            voice)
                    .ifPresent(planned::add);
        }
        for (IssueDraft issue : draft.issues()) {
            if (!Boolean.TRUE.equals(issue.forCps())) {
                continue;
            }
            List<AreaCode> jointWith = issue.jointWith().stream()
                    .map(name -> CpsAreas.codeFor(name)
                            .orElseThrow(() -> incomplete("issues.joint_with", "'" + name + "' is not a CPS Area.")))
                    .filter(joint -> joint != area)
                    .toList();
            for (CommitmentDraft commitment : issue.commitments()) {
                plan(
                                imported,
                                area,
                                jointWith,
                                inspectionId,
                                issue.number(),
                                issue.kind(),
                                issue.theme(),
                                commitment,
                                published,
                                defaultDue,
                                voice)
                        .ifPresent(planned::add);
            }
        }
        return new Commands(inspection, planned);
    }

    private static Optional<Planned> plan(
            ImportedDocument imported,
            AreaCode area,
            List<AreaCode> jointWith,
            String inspectionId,
            Integer issueNumber,
            FindingKind findingKind,
            Theme theme,
            CommitmentDraft commitment,
            LocalDate published,
            LocalDate defaultDue,
            OwnerRole voice) {
        if (!commitment.recorded()) {
            return Optional.empty();
        }
        LocalDate due = commitment.dueDate() == null ? defaultDue : LocalDate.parse(commitment.dueDate());
        if (due.isBefore(published)) {
            due = defaultDue;
        }
        RecordCommitment command = new RecordCommitment(
                derivedId(imported, "commitment:" + commitment.text()),
                area,
                jointWith,
                inspectionId,
                issueNumber,
                theme,
                commitment.text(),
                published,
                due,
                null,
                findingKind,
                planOf(commitment, published));
        OwnerRole owner =
                commitment.owners().isEmpty() ? null : commitment.owners().get(0);
        boolean done = CommitmentDraft.DONE.equals(commitment.status());
        return Optional.of(new Planned(command, owner == null && done ? voice : owner, done));
    }

    /** The review's default due date, else the configured rule's. */
    private LocalDate defaultDue(ResponseDraft draft, InspectionKind kind, LocalDate published) {
        if (draft.defaultDueDate() != null && draft.defaultDueDate().date() != null) {
            LocalDate reviewed = LocalDate.parse(draft.defaultDueDate().date());
            if (!reviewed.isBefore(published)) {
                return reviewed;
            }
        }
        return LocalDate.parse(
                dueDefaults.forDraft(kind.code(), published.toString()).date());
    }

    /**
     * Replaces a draft with the one a person reviewed (unit, date, kind, due dates, findings and commitments corrected,
     * dropped or added), before it is committed: {@code PUT /api/imports/{id}/draft} and the review page. The reviewed
     * draft is validated like a create (stable codes, field paths, the limits of {@link Limits}): it names a CPS unit
     * the user may command, a kind of inspection and a readable date; its due dates are dates on or after publication
     * and its statuses are {@code open}, {@code done} or {@code context}. A committed import is not changed (409).
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
                        "import.unknown-area", "area", "'" + reviewed.area() + "' is not a CPS Area or unit."));
        user.requireMayCommand(List.of(area));
        reviewed.inspectionKind()
                .orElseThrow(() -> RuleViolation.invalid(
                        "validation.required", "kind", "Say what kind of inspection it answers."));
        LocalDate published;
        try {
            published = publishedOn(reviewed.published());
        } catch (java.time.format.DateTimeParseException e) {
            throw RuleViolation.invalid(
                    "validation.not-a-date",
                    "published",
                    "Give the publication date as 2022-05-12, or 2022-05 when only the month is known.");
        }
        ReviewedDraft.check(reviewed, published);
        requireLinkable(reviewed, area, reviewed.inspectionKind().orElseThrow(), published);
        imported.replaceDraft(reviewed);
        return documents.save(imported).view();
    }

    /** The earlier inspection a follow-up draft is linked to, or null. */
    private static String followsUpId(ResponseDraft draft) {
        if (draft.followsUp() == null
                || draft.followsUp().inspectionId() == null
                || draft.followsUp().inspectionId().isBlank()) {
            return null;
        }
        return draft.followsUp().inspectionId().strip();
    }

    /**
     * A draft linked to an earlier inspection ({@code follows_up.inspection_id}, resolved on import or set in review)
     * meets the rules the inspection's command will: it is a follow-up; the inspection is recorded, of the same unit and
     * published before it; each graded finding (kind and number) is one of that inspection's. Checked on review and
     * again on commit, so that a refusal names the draft's field rather than the command's.
     */
    private void requireLinkable(ResponseDraft draft, AreaCode area, InspectionKind kind, LocalDate published) {
        String id = followsUpId(draft);
        if (id == null) {
            return;
        }
        String field = "follows_up.inspection_id";
        if (id.length() > Limits.ID || PlainText.Check.firstFault(id, false) != null) {
            throw RuleViolation.invalid(
                    "validation.too-long", field, "An id is one line of at most " + Limits.ID + " characters.");
        }
        if (kind != InspectionKind.FOLLOW_UP) {
            throw RuleViolation.invalid(
                    "validation.not-follow-up",
                    field,
                    "Only a follow-up inspection follows up another; this draft's kind is " + kind.code() + ".");
        }
        InspectionState earlier = inspections
                .find(id)
                .orElseThrow(() -> RuleViolation.invalid(
                        "validation.unknown-inspection", field, "No inspection is recorded under id " + id + "."));
        if (earlier.area() != area) {
            throw RuleViolation.invalid(
                    "validation.other-unit",
                    field,
                    "Inspection " + id + " is of " + earlier.area().displayName() + ", not of " + area.displayName()
                            + ": a follow-up follows up an inspection of its own unit.");
        }
        if (!earlier.publishedOn().isBefore(published)) {
            throw RuleViolation.invalid(
                    "validation.not-earlier",
                    field,
                    "Inspection " + id + " was published on " + earlier.publishedOn()
                            + ": a follow-up follows up an inspection published before it (" + published + ").");
        }
        for (int i = 0; i < draft.issues().size(); i++) {
            IssueDraft issue = draft.issues().get(i);
            if (issue.grade() != null
                    && earlier.finding(issue.kind(), issue.number()).isEmpty()) {
                throw RuleViolation.invalid(
                        "validation.unknown-finding",
                        "issues[" + i + "].grade",
                        "Inspection " + id + " has no "
                                + issue.kind()
                                        .name()
                                        .toLowerCase(java.util.Locale.ROOT)
                                        .replace('_', ' ') + " numbered " + issue.number()
                                + ": correct the finding's kind or number, or remove its grade.");
            }
        }
    }

    /**
     * A sentence answering two issues at once is one commitment, recorded under the first of them. A sentence the
     * response reports done is started and noted as such on the published date: it is closed only on evidence.
     */
    private void record(Planned planned, LocalDate published, Set<String> seen, List<String> recorded) {
        if (!seen.add(planned.command().text())) {
            return;
        }
        String id = commitments.record(planned.command());
        if (planned.owner() != null) {
            commitments.act(id, null, version -> new AssignCommitment(id, planned.owner(), null, published, version));
        }
        // started and noted once: a second commit of the same document finds it in progress and adds nothing
        if (planned.reportedDone()
                && commitments.get(id).state().status()
                        == dev.commitmenttracker.commitment.api.CommitmentStatus.ASSIGNED) {
            commitments.act(id, null, version -> new StartWork(id, published, version));
            commitments.act(id, null, version -> new NoteProgress(id, REPORTED_DONE, published, version));
        }
        recorded.add(id);
    }

    /** A commitment naming one assurance method and a rhythm promises that check from the day it was made. */
    private static AssurancePlan planOf(CommitmentDraft commitment, LocalDate committedOn) {
        if (commitment.assurance().size() != 1 || commitment.cadence() == null) {
            return null;
        }
        return new AssurancePlan(commitment.assurance().get(0), commitment.cadence(), committedOn);
    }

    /** The progress note on a commitment the response reports as already done. */
    public static final String REPORTED_DONE =
            "Reported as done in the published response; to be closed once evidence of delivery is recorded.";

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

    /** The response's title as the draft gives it, else one made from the kind, unit and date. */
    private static String title(ResponseDraft draft, InspectionKind kind, AreaCode area) {
        if (draft.title() != null && !draft.title().isBlank() && draft.title().length() <= Limits.TITLE) {
            return draft.title();
        }
        String words = kind.code().replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + ": " + area.displayName() + ", published "
                + draft.published();
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
