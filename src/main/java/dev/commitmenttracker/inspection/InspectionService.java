package dev.commitmenttracker.inspection;

import dev.commitmenttracker.inspection.api.InspectionKind;
import dev.commitmenttracker.inspection.api.InspectionState;
import dev.commitmenttracker.inspection.api.RecordInspection;
import dev.commitmenttracker.security.CurrentUser;
import dev.commitmenttracker.security.TrackerRole;
import dev.commitmenttracker.shared.AggregateHistory;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.CreateOnce;
import dev.commitmenttracker.shared.RuleViolation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Service;

/** Records inspections and reads them back from the event store, so a new inspection is at once usable. */
@Service
public class InspectionService implements PublishedInspections {

    private final CommandGateway commands;
    private final EventStore eventStore;
    private final InspectionList list;
    private final CurrentUser user;

    InspectionService(CommandGateway commands, EventStore eventStore, InspectionList list, CurrentUser user) {
        this.commands = commands;
        this.eventStore = eventStore;
        this.list = list;
        this.user = user;
    }

    /**
     * Records the inspection once, for a user who may command its unit, or a follow-up inspection for an inspector
     * (HMCPSI records its own follow-ups, of any unit): the same request again returns the same id;
     * another one under that id is refused.
     */
    public String record(RecordInspection cmd) {
        boolean inspectorsFollowUp = cmd.kind() == InspectionKind.FOLLOW_UP && user.has(TrackerRole.INSPECTOR);
        if (cmd.area() != null && !inspectorsFollowUp) {
            user.requireMayCreateFor(cmd.area());
        }
        String id = cmd.inspectionId() == null ? UUID.randomUUID().toString() : cmd.inspectionId();
        RecordInspection withId = new RecordInspection(
                id,
                cmd.area(),
                cmd.kind(),
                cmd.title(),
                cmd.publishedOn(),
                cmd.ratings(),
                cmd.issues(),
                cmd.followsUp(),
                cmd.grades());
        // Any aggregate under the id takes it: a commitment's id cannot become an inspection's.
        CreateOnce.create(
                () -> AggregateHistory.read(eventStore, id).exists(),
                () -> commands.sendAndWait(withId),
                () -> requireSameAsRecorded(withId));
        return id;
    }

    /** The inspection, for a user who may read its Area ({@link CurrentUser#requireMayRead}). */
    public InspectionState get(String id) {
        InspectionState found = find(id).orElseThrow(() ->
                RuleViolation.notFound("inspection.not-found", "No inspection is recorded under id " + id + "."));
        user.requireMayRead(List.of(found.area()));
        return found;
    }

    /**
     * The inspections of one unit, or (none asked for) of every unit for those who read them all and of its own units
     * for an Area manager; newest first.
     */
    public List<InspectionList.Summary> list(AreaCode area) {
        if (area != null) {
            user.requireMayRead(List.of(area));
            return list.inArea(area);
        }
        return list.inArea(null).stream()
                .filter(inspection -> user.listsByDefault(List.of(inspection.area())))
                .toList();
    }

    /** The inspection whoever asks: for checks made while recording, not for showing it to a user. */
    @Override
    public Optional<InspectionState> find(String id) {
        return InspectionState.replay(AggregateHistory.read(eventStore, id).payloads());
    }

    private void requireSameAsRecorded(RecordInspection cmd) {
        InspectionState recorded = find(cmd.inspectionId()).orElse(null);
        boolean same = recorded != null
                && recorded.area() == cmd.area()
                && recorded.kind() == cmd.kind()
                && Objects.equals(
                        recorded.title(),
                        cmd.title() == null ? null : cmd.title().strip())
                && Objects.equals(recorded.publishedOn(), cmd.publishedOn());
        if (!same) {
            throw RuleViolation.conflict(
                    "inspection.id-in-use",
                    "Another inspection or commitment is already recorded under id " + cmd.inspectionId()
                            + "; send the same content to repeat a create, or use a new id.");
        }
    }
}
