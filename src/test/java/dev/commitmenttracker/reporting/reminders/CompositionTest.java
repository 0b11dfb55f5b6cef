package dev.commitmenttracker.reporting.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.commitment.api.Cadence;
import dev.commitmenttracker.contacts.api.UnitContact;
import dev.commitmenttracker.reporting.assurance.MissedCheck;
import dev.commitmenttracker.reporting.assurance.MissedChecks;
import dev.commitmenttracker.reporting.progress.DueCommitments.Due;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.AssuranceMethod;
import dev.commitmenttracker.shared.OwnerRole;
import dev.commitmenttracker.shared.Theme;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the daily run writes, decided from attention items and contacts alone. Missed checks are given as a list here;
 * the integration tests read them from the real {@link MissedChecks}, from recorded assurance plans.
 */
class CompositionTest {

    static final LocalDate SUNDAY = LocalDate.of(2026, 11, 22);
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    static final ReminderSettings SETTINGS =
            new ReminderSettings(null, null, null, null, null, null, null, null, null, null, null, null);

    /** One missed March dip sample of commitment M, as {@link MissedChecks#all} would list it. */
    static final List<MissedCheck> ONE_MISSED_DIP_SAMPLE = List.of(new MissedCheck(
            "M",
            AreaCode.LONDON_NORTH,
            Theme.values()[0],
            OwnerRole.LEGAL_MANAGER,
            AssuranceMethod.DIP_SAMPLE,
            Cadence.MONTHLY,
            LocalDate.of(2026, 3, 1),
            LocalDate.of(2026, 3, 31)));

    static final Map<AreaCode, Map<OwnerRole, UnitContact>> CONTACTS = Map.of(
            AreaCode.LONDON_NORTH,
            Map.of(
                    OwnerRole.LEGAL_MANAGER,
                            contact(AreaCode.LONDON_NORTH, OwnerRole.LEGAL_MANAGER, "priya@example.gov.uk"),
                    OwnerRole.CCP, contact(AreaCode.LONDON_NORTH, OwnerRole.CCP, "ann@example.gov.uk")),
            AreaCode.NATIONAL,
            Map.of(
                    OwnerRole.NATIONAL_THEME_LEAD,
                    contact(AreaCode.NATIONAL, OwnerRole.NATIONAL_THEME_LEAD, "nia@example.gov.uk")));

    static UnitContact contact(AreaCode unit, OwnerRole role, String email) {
        return new UnitContact(unit, role, email.substring(0, email.indexOf('@')), email, "test", Instant.EPOCH);
    }

    static Due due(String id, OwnerRole role, LocalDate dueDate) {
        return new Due(id, AreaCode.LONDON_NORTH, Theme.values()[0], role, "Commitment " + id + ".", null, dueDate);
    }

    static final Attention ATTENTION = new Attention(null, null, null, SETTINGS);

    List<AttentionItem> items(LocalDate today, Due... due) {
        return ATTENTION.items(List.of(due), ONE_MISSED_DIP_SAMPLE, Map.of(), today);
    }

    @Test
    void givenOverdueDueSoonAndAMissedCheck_whenComposed_thenOneDigestForTheOwnerWithAllThree() {
        List<AttentionItem> items = items(
                SUNDAY,
                due("A", OwnerRole.LEGAL_MANAGER, SUNDAY.minusDays(3)),
                due("B", OwnerRole.LEGAL_MANAGER, SUNDAY.plusDays(10)));

        Composition.Result result = Composition.compose(items, CONTACTS, SUNDAY, SETTINGS);

        assertThat(result.messages()).hasSize(1);
        Composition.Message digest = result.messages().get(0);
        assertThat(digest.key()).isEqualTo("digest/LONDON_NORTH/LEGAL_MANAGER/2026-11-22");
        assertThat(digest.recipientEmail()).isEqualTo("priya@example.gov.uk");
        assertThat(digest.commitmentIds()).containsExactly("A", "B", "M");
        assertThat(digest.body())
                .contains("Overdue (1)")
                .contains("Due in the next 14 days (1)")
                .contains("Missed assurance checks (1)")
                .contains("DIP_SAMPLE for 2026-03-01 to 2026-03-31 not recorded");
    }

    @Test
    void givenOverdueByMoreThanThirtyDays_whenComposed_thenEscalatedToTheCcpOncePerDueDate() {
        LocalDate dueDate = SUNDAY.minusDays(31);
        Composition.Result result = Composition.compose(
                items(SUNDAY, due("A", OwnerRole.LEGAL_MANAGER, dueDate)), CONTACTS, SUNDAY, SETTINGS);

        assertThat(result.messages())
                .extracting(Composition.Message::key)
                .containsExactly("digest/LONDON_NORTH/LEGAL_MANAGER/2026-11-22", "escalation/A/" + dueDate);
        assertThat(result.messages().get(1).recipientEmail()).isEqualTo("ann@example.gov.uk");
    }

    @Test
    void givenOverdueByThirtyDaysExactly_whenComposed_thenNotYetEscalated() {
        Composition.Result result = Composition.compose(
                items(SUNDAY, due("A", OwnerRole.LEGAL_MANAGER, SUNDAY.minusDays(30))), CONTACTS, SUNDAY, SETTINGS);

        assertThat(result.messages()).extracting(Composition.Message::kind).containsExactly("DIGEST");
    }

    @Test
    void givenAnOwnerWithoutContact_whenComposed_thenUnreachableAndNoMessage() {
        Composition.Result result =
                Composition.compose(items(SUNDAY, due("A", OwnerRole.ABM, SUNDAY)), CONTACTS, SUNDAY, SETTINGS);

        assertThat(result.messages()).extracting(Composition.Message::ownerRole).doesNotContain(OwnerRole.ABM);
        assertThat(result.unreachable())
                .containsExactly(new Composition.Unreachable("DIGEST", AreaCode.LONDON_NORTH, OwnerRole.ABM, 1));
    }

    @Test
    void givenTheWeeklyDay_whenComposed_thenASummaryPerUnitToTheNationalLead() {
        Composition.Result result = Composition.compose(
                items(MONDAY, due("A", OwnerRole.LEGAL_MANAGER, MONDAY)), CONTACTS, MONDAY, SETTINGS);

        assertThat(result.messages())
                .filteredOn(message -> message.kind().equals("WEEKLY"))
                .singleElement()
                .satisfies(weekly -> {
                    assertThat(weekly.key()).isEqualTo("weekly/LONDON_NORTH/2026-W48");
                    assertThat(weekly.recipientEmail()).isEqualTo("nia@example.gov.uk");
                    assertThat(weekly.body()).contains("missed assurance checks: 1");
                });
    }

    @Test
    void givenNotTheWeeklyDay_whenComposed_thenNoSummary() {
        Composition.Result result = Composition.compose(
                items(SUNDAY, due("A", OwnerRole.LEGAL_MANAGER, SUNDAY)), CONTACTS, SUNDAY, SETTINGS);

        assertThat(result.messages()).extracting(Composition.Message::kind).doesNotContain("WEEKLY");
    }
}
