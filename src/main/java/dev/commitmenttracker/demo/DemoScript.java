package dev.commitmenttracker.demo;

import dev.commitmenttracker.commitment.CommitmentService;
import dev.commitmenttracker.commitment.api.AssignCommitment;
import dev.commitmenttracker.commitment.api.Cadence;
import dev.commitmenttracker.commitment.api.CloseCommitment;
import dev.commitmenttracker.commitment.api.NoteProgress;
import dev.commitmenttracker.commitment.api.PlanAssurance;
import dev.commitmenttracker.commitment.api.RecordCommitment;
import dev.commitmenttracker.commitment.api.RecordEvidence;
import dev.commitmenttracker.commitment.api.ReopenCommitment;
import dev.commitmenttracker.commitment.api.ReviseDueDate;
import dev.commitmenttracker.commitment.api.StartWork;
import dev.commitmenttracker.commitment.api.WithdrawCommitment;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.AssuranceMethod;
import dev.commitmenttracker.shared.OwnerRole;
import dev.commitmenttracker.shared.Theme;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/** A small script of commitments and their acts, sent through the commitment service in order. */
final class DemoScript {

    private DemoScript() {}

    /** A fixed id for a demo item, so that loading twice finds what the first load recorded. */
    static String id(String key) {
        return UUID.nameUUIDFromBytes(("demo-data:" + key).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** An inspection whose issues the commitments answer. */
    record Inspection(CommitmentService commitments, String id, AreaCode area, LocalDate published) {

        Commitments commitment(
                String key, int issue, Theme theme, String text, LocalDate due, Integer target, AreaCode... jointWith) {
            return new Commitments(this).and(key, issue, theme, text, due, target, jointWith);
        }
    }

    /** Commitments of one inspection, each with the acts that brought it to where it stands. */
    static final class Commitments {

        private record Planned(RecordCommitment record, List<Function<Long, Object>> acts) {}

        private final Inspection inspection;
        private final List<Planned> planned = new ArrayList<>();

        Commitments(Inspection inspection) {
            this.inspection = inspection;
        }

        Commitments and(
                String key, int issue, Theme theme, String text, LocalDate due, Integer target, AreaCode... jointWith) {
            planned.add(new Planned(
                    new RecordCommitment(
                            id(key),
                            inspection.area(),
                            List.of(jointWith),
                            inspection.id(),
                            issue,
                            theme,
                            text,
                            inspection.published(),
                            due,
                            target),
                    new ArrayList<>()));
            return this;
        }

        Commitments assign(OwnerRole role, String name, LocalDate on) {
            return act((id, version) -> new AssignCommitment(id, role, name, on, version));
        }

        Commitments start(LocalDate on) {
            return act((id, version) -> new StartWork(id, on, version));
        }

        Commitments note(String note, LocalDate on) {
            return act((id, version) -> new NoteProgress(id, note, on, version));
        }

        Commitments evidence(
                AssuranceMethod method,
                LocalDate effectiveOn,
                Integer sampleSize,
                Integer compliant,
                String summary,
                String reference) {
            return act((id, version) -> new RecordEvidence(
                    id, method, effectiveOn, sampleSize, compliant, summary, reference, effectiveOn, version));
        }

        /** Plans the assurance checks of the commitment, as decided {@code on}. */
        Commitments plan(AssuranceMethod method, Cadence cadence, LocalDate startsOn, LocalDate on) {
            return act((id, version) -> new PlanAssurance(id, method, cadence, startsOn, on, version));
        }

        Commitments close(String rationale, LocalDate on) {
            return act((id, version) -> new CloseCommitment(id, rationale, on, version));
        }

        Commitments reopen(String reason, LocalDate on) {
            return act((id, version) -> new ReopenCommitment(id, reason, on, version));
        }

        Commitments revise(LocalDate dueDate, String reason, LocalDate on) {
            // the demo records decisions taken on earlier dates
            return act((id, version) -> new ReviseDueDate(id, dueDate, reason, on, true, null, version));
        }

        Commitments withdraw(String reason, LocalDate on) {
            return act((id, version) -> new WithdrawCommitment(id, reason, on, version));
        }

        /** Records each commitment not yet recorded, with its acts; returns how many were recorded now. */
        int load() {
            int recorded = 0;
            for (Planned commitment : planned) {
                String id = commitment.record().commitmentId();
                if (inspection.commitments().find(id).isPresent()) {
                    continue;
                }
                inspection.commitments().record(commitment.record());
                for (Function<Long, Object> act : commitment.acts()) {
                    inspection.commitments().act(id, null, act);
                }
                recorded++;
            }
            return recorded;
        }

        /** Adds an act to the commitment declared last, bound to its id now. */
        private Commitments act(BiFunction<String, Long, Object> act) {
            Planned last = planned.get(planned.size() - 1);
            String id = last.record().commitmentId();
            last.acts().add(version -> act.apply(id, version));
            return this;
        }
    }
}
