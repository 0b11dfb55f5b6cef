package dev.commitmenttracker.ui;

import dev.commitmenttracker.commitment.CommitmentService;
import dev.commitmenttracker.importing.CommitmentDraft;
import dev.commitmenttracker.importing.DocumentFormat;
import dev.commitmenttracker.importing.ImportRejected;
import dev.commitmenttracker.importing.ImportService;
import dev.commitmenttracker.importing.ImportView;
import dev.commitmenttracker.importing.IssueDraft;
import dev.commitmenttracker.importing.ResponseDraft;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * (correct the Area, date and kind; edit, drop or add issues and commitments, owners, assurance methods, themes), then
 * commit it through {@link ImportService}, which records it by the usual commands. Each issue and the general part
 * have one blank commitment row, and there is one blank issue row: filling one in adds it, without script.
 */
@Controller
class ImportPages {

    /** A commitment the commit recorded, for the result's links. */
    /** Carried to the next page as a flash attribute, in the session: serializable, as the session store requires. */
    record Recorded(String id, String text) implements java.io.Serializable {}

    private static final Set<String> TOP_FIELDS = Set.of("document", "area", "kind", "published");

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
            if (refused.kind() == RuleViolation.Kind.FORBIDDEN || refused.kind() == RuleViolation.Kind.NOT_FOUND) {
                throw refused;
            }
            FormProblems.Problem problem = FormProblems.of("import", refused, field -> field);
            boolean linkable = problem.field() != null && TOP_FIELDS.contains(problem.field());
            model.addAttribute(
                    "problems",
                    List.of(
                            linkable
                                    ? problem
                                    : new FormProblems.Problem(null, null, problem.message(), problem.code())));
            model.addAttribute("errors", linkable ? Map.of("import-" + problem.field(), problem.message()) : Map.of());
            model.addAttribute("values", Map.of());
            model.addAttribute("failed", "import");
            response.setStatus(
                    refused.kind() == RuleViolation.Kind.CONFLICT
                            ? HttpServletResponse.SC_CONFLICT
                            : HttpServletResponse.SC_BAD_REQUEST);
            ImportView view = imports.find(id);
            return page(view, reviewed == null ? view.draft() : reviewed, model);
        }
    }

    /**
     * The reviewed draft with what the form does not edit carried over from the stored draft: the title, follow-up,
     * default due date and warnings; each finding's kind, addressee and grade (by number); each commitment's due date
     * and status (by text).
     */
    static ResponseDraft keepingWhatTheFormDoesNotShow(ResponseDraft reviewed, ResponseDraft stored) {
        if (stored == null) {
            return reviewed;
        }
        Map<Integer, IssueDraft> storedIssues = new LinkedHashMap<>();
        stored.issues().forEach(issue -> storedIssues.putIfAbsent(issue.number(), issue));
        Map<String, CommitmentDraft> storedCommitments = new LinkedHashMap<>();
        stored.generalCommitments().forEach(c -> storedCommitments.putIfAbsent(c.text(), c));
        stored.issues().forEach(issue -> issue.commitments().forEach(c -> storedCommitments.putIfAbsent(c.text(), c)));
        java.util.function.Function<CommitmentDraft, CommitmentDraft> commitment = c -> {
            CommitmentDraft was = storedCommitments.get(c.text());
            return was == null
                    ? c
                    : new CommitmentDraft(
                            c.text(), c.owners(), c.assurance(), was.dueDate(), was.status(), c.cadence());
        };
        List<IssueDraft> issues = reviewed.issues().stream()
                .map(issue -> {
                    IssueDraft was = storedIssues.get(issue.number());
                    List<CommitmentDraft> commitments =
                            issue.commitments().stream().map(commitment).toList();
                    return was == null
                            ? new IssueDraft(
                                    issue.number(), issue.text(), issue.theme(), issue.jointWith(), commitments)
                            : new IssueDraft(
                                    issue.number(),
                                    issue.text(),
                                    issue.theme(),
                                    issue.jointWith(),
                                    commitments,
                                    was.kind(),
                                    was.forCps(),
                                    was.addressedTo(),
                                    was.grade());
                })
                .toList();
        return new ResponseDraft(
                reviewed.area(),
                null,
                stored.title(),
                reviewed.published(),
                reviewed.kind(),
                reviewed.ratings(),
                stored.followsUp(),
                stored.defaultDueDate(),
                stored.warnings(),
                reviewed.generalCommitments().stream().map(commitment).toList(),
                issues);
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
                    commitments(input, prefix + ".commitments", count(input, prefix + ".commitmentCount"))));
        }
        return new ResponseDraft(
                input.text("area"), input.text("published"), input.text("kind"), ratings, general, issues);
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
            drafts.add(new CommitmentDraft(text, List.copyOf(owners), assurance));
        }
        return drafts;
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
        model.addAttribute(
                "units",
                Arrays.stream(AreaCode.values())
                        .map(unit -> new CommitmentPages.Option(
                                dev.commitmenttracker.importing.CpsAreas.draftName(unit), unit.displayName()))
                        .toList());
        model.addAttribute(
                "kinds",
                Arrays.stream(InspectionKind.values())
                        .map(k -> new CommitmentPages.Option(k.code(), Labels.sentence(k.name())))
                        .toList());
        model.addAttribute("themes", InspectionPages.themes());
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
