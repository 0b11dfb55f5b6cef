package dev.commitmenttracker.ui;

import dev.commitmenttracker.audit.CommitmentHistory;
import dev.commitmenttracker.commitment.CommitmentService;
import dev.commitmenttracker.commitment.api.AssignCommitment;
import dev.commitmenttracker.commitment.api.Cadence;
import dev.commitmenttracker.commitment.api.CloseCommitment;
import dev.commitmenttracker.commitment.api.CommitmentState;
import dev.commitmenttracker.commitment.api.CommitmentStatus;
import dev.commitmenttracker.commitment.api.JudgeFollowUp;
import dev.commitmenttracker.commitment.api.NoteProgress;
import dev.commitmenttracker.commitment.api.PlanAssurance;
import dev.commitmenttracker.commitment.api.RecordEvidence;
import dev.commitmenttracker.commitment.api.ReopenCommitment;
import dev.commitmenttracker.commitment.api.ReviseDueDate;
import dev.commitmenttracker.commitment.api.StartWork;
import dev.commitmenttracker.commitment.api.VersionedCommitment;
import dev.commitmenttracker.commitment.api.WithdrawCommitment;
import dev.commitmenttracker.inspection.InspectionService;
import dev.commitmenttracker.reporting.assurance.MissedChecks;
import dev.commitmenttracker.security.CurrentUser;
import dev.commitmenttracker.security.TrackerRole;
import dev.commitmenttracker.shared.AssuranceMethod;
import dev.commitmenttracker.shared.FollowUpGrade;
import dev.commitmenttracker.shared.OwnerRole;
import dev.commitmenttracker.shared.RuleViolation;
import dev.commitmenttracker.web.BusinessDates;
import dev.commitmenttracker.web.VersionMismatch;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /commitments/{id}}: the commitment, its timeline from the audit history, and a form for each act its state
 * allows and the signed-in user may do. Each form posts the version the user saw; the service refuses it when the
 * commitment has moved on, and the page then says so with the new state. Refusals come from the services only.
 */
@Controller
class CommitmentPages {

    /** A choice in a select list. */
    record Option(String value, String label) {}

    /** The act a form does: its code (also the path it posts to and the prefix of its field ids) and its title. */
    record ActForm(String code, String title) {}

    private final CommitmentService commitments;
    private final CommitmentHistory history;
    private final InspectionService inspections;
    private final CurrentUser user;
    private final BusinessDates dates;
    private final Labels labels;
    private final ActLabels actLabels;
    private final MissedChecks missedChecks;

    CommitmentPages(
            CommitmentService commitments,
            CommitmentHistory history,
            InspectionService inspections,
            CurrentUser user,
            BusinessDates dates,
            Labels labels,
            ActLabels actLabels,
            MissedChecks missedChecks) {
        this.missedChecks = missedChecks;
        this.commitments = commitments;
        this.history = history;
        this.inspections = inspections;
        this.user = user;
        this.dates = dates;
        this.labels = labels;
        this.actLabels = actLabels;
    }

    @GetMapping("/commitments/{id}")
    String show(@PathVariable String id, Model model) {
        FormProblems.none(model);
        return page(commitments.get(id), model);
    }

    @PostMapping("/commitments/{id}/{act}")
    String act(
            @PathVariable String id,
            @PathVariable String act,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        FormInput input = new FormInput(form);
        try {
            long version = input.version();
            VersionedCommitment after = switch (act) {
                case "assign" ->
                    act(
                            id,
                            version,
                            v -> new AssignCommitment(
                                    id,
                                    input.choice("ownerRole", OwnerRole.class),
                                    input.text("ownerName"),
                                    dates.actDate(input.date("on")),
                                    v));
                case "start" -> act(id, version, v -> new StartWork(id, dates.actDate(input.date("on")), v));
                case "note-progress" ->
                    act(id, version, v -> new NoteProgress(id, input.text("note"), dates.actDate(input.date("on")), v));
                case "record-evidence" ->
                    act(
                            id,
                            version,
                            v -> new RecordEvidence(
                                    id,
                                    input.choice("method", AssuranceMethod.class),
                                    dates.notInFuture(input.date("effectiveOn"), "effectiveOn"),
                                    input.integer("sampleSize"),
                                    input.integer("compliantCount"),
                                    input.text("summary"),
                                    input.text("reference"),
                                    dates.actDate(input.date("on")),
                                    v));
                case "close" ->
                    act(
                            id,
                            version,
                            v -> new CloseCommitment(id, input.text("rationale"), dates.actDate(input.date("on")), v));
                case "reopen" ->
                    act(
                            id,
                            version,
                            v -> new ReopenCommitment(id, input.text("reason"), dates.actDate(input.date("on")), v));
                case "revise-due-date" ->
                    act(
                            id,
                            version,
                            v -> new ReviseDueDate(
                                    id,
                                    input.date("dueDate"),
                                    input.text("reason"),
                                    dates.actDate(input.date("on")),
                                    "true".equals(input.text("recordOfEarlierDecision")),
                                    dates.today(),
                                    v));
                case "withdraw" ->
                    act(
                            id,
                            version,
                            v -> new WithdrawCommitment(id, input.text("reason"), dates.actDate(input.date("on")), v));
                case "plan-assurance" ->
                    act(
                            id,
                            version,
                            v -> new PlanAssurance(
                                    id,
                                    input.choice("method", AssuranceMethod.class),
                                    input.choice("cadence", Cadence.class),
                                    input.date("startsOn"),
                                    dates.actDate(input.date("on")),
                                    v));
                case "judge-follow-up" -> judge(id, version, input);
                default ->
                    throw RuleViolation.notFound("page.not-found", "There is no act '" + act + "' on a commitment.");
            };
            redirect.addFlashAttribute("notice", noticeFor(act, after.state()));
            return "redirect:/commitments/" + id;
        } catch (VersionMismatch | ConflictingModificationException stale) {
            FormProblems.none(model);
            model.addAttribute("stale", true);
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return page(commitments.get(id), model);
        } catch (RuleViolation refused) {
            if (refused.kind() == RuleViolation.Kind.FORBIDDEN || refused.kind() == RuleViolation.Kind.NOT_FOUND) {
                throw refused;
            }
            FormProblems.show(model, act, refused, input);
            response.setStatus(
                    refused.kind() == RuleViolation.Kind.INVALID_INPUT
                            ? HttpServletResponse.SC_BAD_REQUEST
                            : HttpServletResponse.SC_CONFLICT);
            return page(commitments.get(id), model);
        }
    }

    private VersionedCommitment act(String id, long version, Function<Long, Object> command) {
        return commitments.act(id, version, command);
    }

    /** Follow-up judgements are the inspectorate's: the API checks the role at its door, the page here. */
    private VersionedCommitment judge(String id, long version, FormInput input) {
        if (!user.has(TrackerRole.INSPECTOR)) {
            throw RuleViolation.forbidden("auth.forbidden", "Only inspectors judge progress at follow-up.");
        }
        return commitments.judge(
                id,
                version,
                v -> new JudgeFollowUp(
                        id,
                        input.choice("grade", FollowUpGrade.class),
                        input.text("note"),
                        dates.notInFuture(
                                input.date("judgedOn") == null ? dates.today() : input.date("judgedOn"), "judgedOn"),
                        v));
    }

    private String page(VersionedCommitment commitment, Model model) {
        CommitmentState state = commitment.state();
        user.requireMayRead(state.areas());
        model.addAttribute("commitment", state);
        model.addAttribute("version", commitment.version());
        model.addAttribute("nav", state.area().name());
        model.addAttribute("today", dates.today());
        model.addAttribute(
                "issue",
                state.inspectionId() == null
                        ? null
                        : inspections.find(state.inspectionId()).orElse(null));
        model.addAttribute("acts", forms(state));
        model.addAttribute("mayPlan", state.status().isOpen() && mayCommand(state));
        model.addAttribute("missedChecks", missedChecks.ofCommitment(state.id(), dates.today()));
        model.addAttribute(
                "cadences",
                Arrays.stream(Cadence.values())
                        .map(c -> new Option(c.name(), actLabels.cadence(c)))
                        .toList());
        model.addAttribute(
                "ownerRoles",
                Arrays.stream(OwnerRole.values())
                        .map(role -> new Option(role.name(), role.title()))
                        .toList());
        model.addAttribute(
                "methods",
                Arrays.stream(AssuranceMethod.values())
                        .map(m -> new Option(m.name(), actLabels.method(m)))
                        .toList());
        model.addAttribute(
                "grades",
                Arrays.stream(FollowUpGrade.values())
                        .map(g -> new Option(g.name(), actLabels.grade(g)))
                        .toList());
        try {
            model.addAttribute(
                    "timeline",
                    history.of(state.id()).stream()
                            .map(entry -> TimelineEntry.of(entry, actLabels))
                            .toList());
        } catch (RuleViolation refused) {
            if (refused.kind() != RuleViolation.Kind.FORBIDDEN) {
                throw refused;
            }
            model.addAttribute("timeline", null);
        }
        return "commitments/commitment";
    }

    /** The forms to offer: the acts the state allows, if the user may command this commitment; judging, if an inspector. */
    private List<ActForm> forms(CommitmentState state) {
        List<ActForm> forms = new java.util.ArrayList<>();
        if (mayCommand(state)) {
            Set<CommitmentStatus.Act> allowed = state.status().allowedActs();
            for (CommitmentStatus.Act act : CommitmentStatus.Act.values()) {
                if (allowed.contains(act)) {
                    forms.add(new ActForm(act.code(), title(act)));
                }
            }
        }
        if (user.has(TrackerRole.INSPECTOR)) {
            forms.add(new ActForm("judge-follow-up", "Judge progress at follow-up"));
        }
        return forms;
    }

    private boolean mayCommand(CommitmentState state) {
        try {
            user.requireMayCommand(state.areas());
            return true;
        } catch (RuleViolation refused) {
            return false;
        }
    }

    private static String title(CommitmentStatus.Act act) {
        return switch (act) {
            case ASSIGN -> "Assign an owner";
            case START -> "Start work";
            case NOTE_PROGRESS -> "Note progress";
            case RECORD_EVIDENCE -> "Record evidence";
            case CLOSE -> "Close the commitment";
            case REOPEN -> "Reopen the commitment";
            case REVISE_DUE_DATE -> "Revise the due date";
            case WITHDRAW -> "Withdraw the commitment";
        };
    }

    private String noticeFor(String act, CommitmentState state) {
        String done = switch (act) {
            case "assign" -> "Owner assigned";
            case "start" -> "Work started";
            case "note-progress" -> "Progress noted";
            case "record-evidence" -> "Evidence recorded";
            case "close" -> "Commitment closed";
            case "reopen" -> "Commitment reopened";
            case "revise-due-date" -> "Due date revised";
            case "withdraw" -> "Commitment withdrawn";
            case "plan-assurance" -> "Assurance planned";
            default -> "Follow-up judgement recorded";
        };
        return done + ". It is now " + labels.status(state.status()).toLowerCase() + ".";
    }
}
