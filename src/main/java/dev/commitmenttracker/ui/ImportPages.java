package dev.commitmenttracker.ui;

import dev.commitmenttracker.commitment.CommitmentService;
import dev.commitmenttracker.importing.CommitmentDraft;
import dev.commitmenttracker.importing.DefaultDue;
import dev.commitmenttracker.importing.DocumentFormat;
import dev.commitmenttracker.importing.DraftWarning;
import dev.commitmenttracker.importing.FollowsUp;
import dev.commitmenttracker.importing.ImportRejected;
import dev.commitmenttracker.importing.ImportService;
import dev.commitmenttracker.importing.ImportView;
import dev.commitmenttracker.importing.IssueDraft;
import dev.commitmenttracker.importing.ResponseDraft;
import dev.commitmenttracker.inspection.api.FindingKind;
import dev.commitmenttracker.inspection.api.InspectionKind;
import dev.commitmenttracker.inspection.api.Rating;
import dev.commitmenttracker.security.CurrentUser;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.AssuranceMethod;
import dev.commitmenttracker.shared.OwnerRole;
import dev.commitmenttracker.shared.RuleViolation;
import dev.commitmenttracker.shared.Theme;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /imports/new}: upload or paste a published response; {@code /imports/{id}}: review the draft read from it
 * (its warnings first; correct the unit, title, date, kind and default due date; edit, drop or add findings with their
 * kind, addressee and theme, and commitments with their owners, assurance methods, due date and status), saved through
 * {@link ImportService#review} as {@code PUT /api/imports/{id}/draft} is, then committed through {@link ImportService},
 * which records it by the usual commands. Each finding and the general part have one blank commitment row, and there is
 * one blank finding row: filling one in adds it, without script. Form fields carry the draft's JSON names.
 */
@Controller
class ImportPages {

    /** A commitment the commit recorded, for the result's links. */
    /** Carried to the next page as a flash attribute, in the session: serializable, as the session store requires. */
    record Recorded(String id, String text) implements java.io.Serializable {}

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** The field of a follow-up's earlier inspection, chosen among those recorded. */
    static final String FOLLOWS_UP_FIELD = "follows_up.inspection_id";

    /** The draft fields the review page has an input for: a refusal naming one links to it. */
    private static final Pattern LINKABLE = Pattern.compile("area|kind|published|title|default_due_date\\.date"
            + "|follows_up\\.inspection_id"
            + "|ratings\\[\\d+]\\.(domain|rating)"
            + "|issues\\[\\d+]\\.(number|text|theme|kind|for_cps|addressed_to)"
            + "|(general_commitments|issues\\[\\d+]\\.commitments)\\[\\d+]\\.(text|owners|due_date|status)");

    /** The input a draft warning asks the reviewer to check, by the warning's code. */
    static final Map<String, String> WARNING_FIELDS = Map.of(
            DraftWarning.NO_UNIT_NAMED, "import-area",
            DraftWarning.AMBIGUOUS_UNIT, "import-area",
            DraftWarning.NO_DATE, "import-published",
            DraftWarning.NO_KIND, "import-kind",
            DraftWarning.NO_FINDINGS, "findings",
            DraftWarning.NO_COMMITMENTS, "findings",
            DraftWarning.FOLLOWS_UP_NOT_FOUND, "import-follows_up-inspection_id",
            DraftWarning.FOLLOWS_UP_AMBIGUOUS, "import-follows_up-inspection_id");

    /** The choices of a commitment's status, as the draft names them. */
    static final List<CommitmentPages.Option> STATUSES = List.of(
            new CommitmentPages.Option(CommitmentDraft.OPEN, "An action to come or under way"),
            new CommitmentPages.Option(CommitmentDraft.DONE, "Reported as done in the response"),
            new CommitmentPages.Option(CommitmentDraft.CONTEXT, "Context only: not recorded"));

    private final ImportService imports;
    private final CommitmentService commitments;
    private final CurrentUser user;

    ImportPages(ImportService imports, CommitmentService commitments, CurrentUser user) {
        this.imports = imports;
        this.commitments = commitments;
        this.user = user;
    }

    @GetMapping("/imports/new")
    String form(Model model) {
        InspectionPages.requireCommander(user);
        FormProblems.none(model);
        return "imports/new";
    }

    @PostMapping("/imports/new")
    String upload(
            @RequestParam(required = false) MultipartFile file,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            HttpServletResponse response) {
        InspectionPages.requireCommander(user);
        FormInput input = new FormInput(form);
        try {
            ImportView view;
            if (file != null && !file.isEmpty()) {
                String text;
                try {
                    text = new String(file.getBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new ImportRejected(ImportRejected.UNREADABLE, "The uploaded file could not be read.");
                }
                String name = file.getOriginalFilename();
                DocumentFormat format = name != null && name.contains(".")
                        ? DocumentFormat.fromFileName(name)
                        : DocumentFormat.fromMediaType(file.getContentType());
                view = imports.importDocument(text, format, name);
            } else {
                DocumentFormat format = input.choice("format", DocumentFormat.class);
                view = imports.importDocument(
                        input.text("document"), format == null ? DocumentFormat.PLAIN_TEXT : format, null);
            }
            return "redirect:/imports/" + view.id();
        } catch (RuleViolation refused) {
            if (refused.kind() == RuleViolation.Kind.FORBIDDEN) {
                throw refused;
            }
            FormProblems.show(model, "import", refused, input);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "imports/new";
        }
    }

    @GetMapping("/imports/{id}")
    String review(@PathVariable String id, Model model) {
        InspectionPages.requireCommander(user);
        FormProblems.none(model);
        ImportView view = imports.find(id);
        return page(view, view.draft(), model);
    }

    @PostMapping("/imports/{id}")
    String save(
            @PathVariable String id,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        InspectionPages.requireCommander(user);
        FormInput input = new FormInput(form);
        ResponseDraft reviewed = null;
        try {
            reviewed = keepingWhatTheFormDoesNotShow(
                    reviewed(input), imports.find(id).draft());
            ImportView view = imports.review(id, reviewed);
            if (!"commit".equals(input.text("action"))) {
                redirect.addFlashAttribute(
                        "notice", "Your changes to the draft are saved. Nothing is recorded until you record it.");
                return "redirect:/imports/" + id;
            }
            ImportService.Committed committed = imports.commit(view.id());
            redirect.addFlashAttribute(
                    "notice",
                    "Recorded the inspection and " + committed.commitmentIds().size() + " commitments.");
            redirect.addFlashAttribute(
                    "recorded",
                    committed.commitmentIds().stream()
                            .map(commitmentId -> new Recorded(
                                    commitmentId,
                                    commitments.get(commitmentId).state().text()))
                            .toList());
            return "redirect:/imports/" + id;
        } catch (RuleViolation refused) {
            if (refused.kind() == RuleViolation.Kind.NOT_FOUND) {
                throw refused;
            }
            // read again as the user: one who may not read the import at all gets the 403 page from here
            ImportView view = imports.find(id);
            showProblem(model, refused);
            response.setStatus(
                    switch (refused.kind()) {
                        case CONFLICT -> HttpServletResponse.SC_CONFLICT;
                        case FORBIDDEN -> HttpServletResponse.SC_FORBIDDEN;
                        default -> HttpServletResponse.SC_BAD_REQUEST;
                    });
            return page(view, reviewed == null ? view.draft() : reviewed, model);
        }
    }

    /**
     * The refusal as the error summary, linked to the field it names when the page shows that field, and the same
     * message beside the field. The page is shown again from the draft that was refused, so the service's field path
     * ({@code issues[1].commitments[0].due_date}) names a row of the page as it is. A refusal to let the user record
     * for the draft's unit is shown on the unit.
     */
    static void showProblem(Model model, RuleViolation refused) {
        String field = refused.kind() == RuleViolation.Kind.FORBIDDEN ? "area" : refused.field();
        boolean linkable = field != null && LINKABLE.matcher(field).matches();
        String id = linkable ? fieldId(field) : null;
        model.addAttribute(
                "problems",
                List.of(new FormProblems.Problem(
                        linkable ? field : null, linkable ? "#" + id : null, refused.getMessage(), refused.code())));
        model.addAttribute("errors", linkable ? Map.of(id, refused.getMessage()) : Map.of());
        model.addAttribute("values", Map.of());
        model.addAttribute("failed", "import");
    }

    /** The id of the review page's input for a draft field (the first radio of a choice). */
    static String fieldId(String field) {
        return FormInput.id("import", field);
    }

    /**
     * The reviewed draft with what the form does not edit carried over from the stored draft: the follow-up and the
     * warnings; the default due date's rule (said to be set in review when its date was changed); each finding's grade
     * (by kind and number). A field the review page comes to edit is read in {@link #reviewed} and left out here.
     */
    static ResponseDraft keepingWhatTheFormDoesNotShow(ResponseDraft reviewed, ResponseDraft stored) {
        if (stored == null) {
            return reviewed;
        }
        Map<String, IssueDraft> storedIssues = new LinkedHashMap<>();
        stored.issues().forEach(issue -> storedIssues.putIfAbsent(issue.kind() + " " + issue.number(), issue));
        // a finding whose kind the reviewer changed is still found by its number, when no other finding has it
        Map<Integer, List<IssueDraft>> byNumber = new LinkedHashMap<>();
        stored.issues()
                .forEach(issue -> byNumber.computeIfAbsent(issue.number(), n -> new java.util.ArrayList<>())
                        .add(issue));
        List<IssueDraft> issues = reviewed.issues().stream()
                .map(issue -> {
                    IssueDraft was = storedIssues.get(issue.kind() + " " + issue.number());
                    List<IssueDraft> numbered = byNumber.getOrDefault(issue.number(), List.of());
                    if (was == null && numbered.size() == 1) {
                        was = numbered.get(0);
                    }
                    return was == null
                            ? issue
                            : new IssueDraft(
                                    issue.number(),
                                    issue.text(),
                                    issue.theme(),
                                    issue.jointWith(),
                                    issue.commitments(),
                                    issue.kind(),
                                    issue.forCps(),
                                    issue.addressedTo(),
                                    was.grade());
                })
                .toList();
        DefaultDue due = reviewed.defaultDueDate();
        DefaultDue storedDue = stored.defaultDueDate();
        if (due != null && storedDue != null && java.util.Objects.equals(due.date(), storedDue.date())) {
            due = storedDue;
        } else if (due == null && storedDue != null && storedDue.date() == null) {
            due = storedDue;
        }
        return new ResponseDraft(
                reviewed.area(),
                null,
                reviewed.title(),
                reviewed.published(),
                reviewed.kind(),
                reviewed.ratings(),
                linked(reviewed.followsUp(), stored.followsUp()),
                due,
                stored.warnings(),
                reviewed.generalCommitments(),
                issues);
    }

    /**
     * The earlier report as the response names it (stored), linked to the inspection the reviewer chose when the page
     * offered the choice (a follow-up): none chosen unlinks it.
     */
    private static FollowsUp linked(FollowsUp chosen, FollowsUp stored) {
        if (chosen == null) {
            return stored;
        }
        FollowsUp named = stored == null ? new FollowsUp(null, null) : stored;
        return chosen.inspectionId() == null && stored == null ? null : named.linkedTo(chosen.inspectionId());
    }

    /** The draft as the review form sends it: rows marked "drop" and blank rows left out. */
    static ResponseDraft reviewed(FormInput input) {
        Map<String, String> ratings = new LinkedHashMap<>();
        int ratingCount = count(input, "ratingCount");
        for (int i = 0; i < ratingCount; i++) {
            String domain = input.text("ratings[" + i + "].domain");
            String rating = input.text("ratings[" + i + "].rating");
            if (domain != null || rating != null) {
                RuleViolation.requireValid(
                        domain != null && rating != null,
                        "ratings",
                        "invalid",
                        "Each rating names its domain and a grade.");
                ratings.put(domain, rating);
            }
        }
        List<CommitmentDraft> general = commitments(input, "general_commitments", count(input, "generalCount"));
        List<IssueDraft> issues = new ArrayList<>();
        int issueCount = count(input, "issueCount");
        for (int i = 0; i < issueCount; i++) {
            String prefix = "issues[" + i + "]";
            String text = input.text(prefix + ".text");
            if (input.text(prefix + ".drop") != null || text == null) {
                continue;
            }
            Integer number = input.integer(prefix + ".number");
            RuleViolation.requireValid(
                    number != null && number >= 1,
                    prefix + ".number",
                    "required",
                    "Each issue to address has a number from 1.");
            Theme theme = input.choice(prefix + ".theme", Theme.class);
            List<String> jointWith = input.all(prefix + ".joint_with");
            issues.add(new IssueDraft(
                    number,
                    text,
                    theme,
                    jointWith,
                    commitments(input, prefix + ".commitments", count(input, prefix + ".commitmentCount")),
                    input.choice(prefix + ".kind", FindingKind.class),
                    forCps(input, prefix + ".for_cps"),
                    input.text(prefix + ".addressed_to"),
                    null));
        }
        String defaultDue = input.text("default_due_date.date");
        return new ResponseDraft(
                input.text("area"),
                null,
                input.text("title"),
                input.text("published"),
                input.text("kind"),
                ratings,
                input.has(FOLLOWS_UP_FIELD) ? new FollowsUp(null, null, input.text(FOLLOWS_UP_FIELD)) : null,
                defaultDue == null ? null : new DefaultDue(defaultDue, SET_IN_REVIEW),
                List.of(),
                general,
                issues);
    }

    /** The rule of a default due date the reviewer chose. */
    static final String SET_IN_REVIEW = "set in review";

    /** "yes" (the default) or "no": whether a finding is for the CPS. */
    private static Boolean forCps(FormInput input, String name) {
        String value = input.text(name);
        if (value == null || value.equals("yes")) {
            return true;
        }
        if (value.equals("no")) {
            return false;
        }
        throw RuleViolation.invalid(
                "validation.unknown-value", name, "Say whether the finding is for the CPS: yes or no.");
    }

    private static List<CommitmentDraft> commitments(FormInput input, String list, int count) {
        List<CommitmentDraft> drafts = new ArrayList<>();
        for (int j = 0; j < count; j++) {
            String prefix = list + "[" + j + "]";
            String text = input.text(prefix + ".text");
            if (input.text(prefix + ".drop") != null || text == null) {
                continue;
            }
            // the owner assigned when the draft is recorded first, then the other roles the sentence names, kept in the
            // draft
            java.util.LinkedHashSet<OwnerRole> owners = new java.util.LinkedHashSet<>();
            OwnerRole owner = input.choice(prefix + ".owners", OwnerRole.class);
            if (owner != null) {
                owners.add(owner);
            }
            for (String named : input.all(prefix + ".also_named")) {
                try {
                    owners.add(OwnerRole.valueOf(named));
                } catch (IllegalArgumentException e) {
                    throw RuleViolation.invalid(
                            "validation.unknown-value",
                            prefix + ".also_named",
                            "Choose the roles named from the list.");
                }
            }
            List<AssuranceMethod> assurance = input.all(prefix + ".assurance").stream()
                    .map(code -> {
                        try {
                            return AssuranceMethod.valueOf(code);
                        } catch (IllegalArgumentException e) {
                            throw RuleViolation.invalid(
                                    "validation.unknown-value",
                                    prefix + ".assurance",
                                    "Choose assurance methods from the list.");
                        }
                    })
                    .toList();
            // the cadence is read from the text as the parser reads it
            CommitmentDraft read = new CommitmentDraft(text, List.copyOf(owners), assurance);
            drafts.add(new CommitmentDraft(
                    text,
                    read.owners(),
                    read.assurance(),
                    input.text(prefix + ".due_date"),
                    input.text(prefix + ".status"),
                    read.cadence()));
        }
        return drafts;
    }

    /**
     * The units this user may record for, as the draft names them, grouped; and the draft's own unit when it is not one
     * of them, so the page shows what the document was read as and the save can say why it is refused.
     */
    private List<InspectionPages.OptionGroup> unitChoices(AreaCode drafted) {
        return InspectionPages.unitGroups(
                Arrays.stream(AreaCode.values())
                        .filter(unit -> unit == drafted || user.mayCreateFor(unit))
                        .toList(),
                dev.commitmenttracker.importing.CpsAreas::draftName);
    }

    private static int count(FormInput input, String name) {
        Integer count = input.integer(name);
        return count == null || count < 0 ? 0 : Math.min(count, 500);
    }

    private String page(ImportView view, ResponseDraft draft, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("draft", draft);
        model.addAttribute("committed", view.status() == ImportView.Status.COMMITTED);
        model.addAttribute("areaCode", draft.areaCode().orElse(null));
        model.addAttribute(
                "areaNames",
                AreaCode.areas().stream()
                        .map(a -> a.displayName().substring("CPS ".length()))
                        .toList());
        model.addAttribute("units", unitChoices(draft.areaCode().orElse(null)));
        model.addAttribute(
                "unit",
                draft.areaCode()
                        .map(dev.commitmenttracker.importing.CpsAreas::draftName)
                        .orElse(null));
        model.addAttribute(
                "earlier",
                imports.earlierInspections(draft).stream()
                        .map(earlier -> new CommitmentPages.Option(
                                earlier.id(),
                                earlier.title() + ", published " + LONG_DATE.format(earlier.publishedOn())))
                        .toList());
        model.addAttribute(
                "kinds",
                Arrays.stream(InspectionKind.values())
                        .map(k -> new CommitmentPages.Option(k.code(), Labels.sentence(k.name())))
                        .toList());
        model.addAttribute("themes", InspectionPages.themes());
        model.addAttribute(
                "findingKinds",
                Arrays.stream(FindingKind.values())
                        .map(k -> new CommitmentPages.Option(k.name(), Labels.sentence(k.name())))
                        .toList());
        model.addAttribute(
                "newFindingKind",
                draft.inspectionKind()
                                .map(k -> k == InspectionKind.THEMATIC || k == InspectionKind.FOLLOW_UP)
                                .orElse(false)
                        ? FindingKind.RECOMMENDATION
                        : FindingKind.ISSUE_TO_ADDRESS);
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("warningFields", WARNING_FIELDS);
        model.addAttribute(
                "owners",
                Arrays.stream(OwnerRole.values())
                        .map(role -> new CommitmentPages.Option(role.name(), role.title()))
                        .toList());
        model.addAttribute(
                "methods",
                Arrays.stream(AssuranceMethod.values())
                        .map(m -> new CommitmentPages.Option(m.name(), new ActLabels().method(m)))
                        .toList());
        model.addAttribute(
                "ratingWords",
                Arrays.stream(Rating.values())
                        .map(r -> Labels.sentence(r.name()))
                        .toList());
        long yielded = draft.generalCommitments().size()
                + draft.issues().stream()
                        .mapToLong(issue -> issue.commitments().size())
                        .sum();
        model.addAttribute("yielded", yielded);
        return "imports/review";
    }
}
