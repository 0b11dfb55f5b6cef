package dev.commitmenttracker.reporting.assurance;

import static dev.commitmenttracker.shared.AssuranceMethod.DIP_SAMPLE;
import static dev.commitmenttracker.shared.AssuranceMethod.IQA;
import static dev.commitmenttracker.shared.AssuranceMethod.MANAGER_QUALITY_CHECK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.commitmenttracker.commitment.api.AssurancePlan;
import dev.commitmenttracker.commitment.api.Cadence;
import dev.commitmenttracker.commitment.api.CommitmentState.Pause;
import dev.commitmenttracker.reporting.assurance.MissedPeriods.Check;
import dev.commitmenttracker.reporting.assurance.MissedPeriods.Missed;
import dev.commitmenttracker.shared.AssuranceMethod;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Given a plan, evidence, pauses and a today, exactly the periods that owed a check and got none. */
class MissedPeriodsTest {

    static final int GRACE = 10;

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static AssurancePlan plan(AssuranceMethod method, Cadence cadence, String startsOn) {
        return new AssurancePlan(method, cadence, d(startsOn));
    }

    static Check check(AssuranceMethod method, String on) {
        return new Check(method, d(on));
    }

    static Missed missed(AssuranceMethod method, Cadence cadence, String start, String end) {
        return new Missed(method, cadence, d(start), d(end));
    }

    static List<Missed> missed(List<AssurancePlan> plans, List<Check> evidence, List<Pause> pauses, String today) {
        return MissedPeriods.missed(plans, evidence, pauses, null, d(today), GRACE);
    }

    @Nested
    class Months {

        @Test
        void givenMonthlyFromFirstOfJanuaryAndNoEvidence_whenMidApril_thenJanuaryFebruaryMarchMissed() {
            assertThat(missed(
                            List.of(plan(DIP_SAMPLE, Cadence.MONTHLY, "2026-01-01")),
                            List.of(),
                            List.of(),
                            "2026-04-15"))
                    .containsExactly(
                            missed(DIP_SAMPLE, Cadence.MONTHLY, "2026-01-01", "2026-01-31"),
                            missed(DIP_SAMPLE, Cadence.MONTHLY, "2026-02-01", "2026-02-28"),
                            missed(DIP_SAMPLE, Cadence.MONTHLY, "2026-03-01", "2026-03-31"));
        }

        @Test
        void givenEvidenceOn31January_whenAsked_thenJanuaryMetAndFebruaryStillOwed() {
            assertThat(missed(
                            List.of(plan(DIP_SAMPLE, Cadence.MONTHLY, "2026-01-01")),
                            List.of(check(DIP_SAMPLE, "2026-01-31")),
                            List.of(),
                            "2026-03-20"))
                    .containsExactly(missed(DIP_SAMPLE, Cadence.MONTHLY, "2026-02-01", "2026-02-28"));
        }

        @Test
        void givenEvidenceOn1February_thenItCountsForFebruaryNotJanuary() {
            assertThat(missed(
                            List.of(plan(DIP_SAMPLE, Cadence.MONTHLY, "2026-01-01")),
                            List.of(check(DIP_SAMPLE, "2026-02-01")),
                            List.of(),
                            "2026-03-20"))
                    .containsExactly(missed(DIP_SAMPLE, Cadence.MONTHLY, "2026-01-01", "2026-01-31"));
        }

        @Test
        void givenALeapYear_thenFebruaryEndsOnThe29th() {
            assertThat(missed(
                            List.of(plan(DIP_SAMPLE, Cadence.MONTHLY, "2028-02-01")),
                            List.of(),
                            List.of(),
                            "2028-03-11"))
                    .containsExactly(missed(DIP_SAMPLE, Cadence.MONTHLY, "2028-02-01", "2028-02-29"));
            assertThat(missed(
                            List.of(plan(DIP_SAMPLE, Cadence.MONTHLY, "2028-02-01")),
                            List.of(check(DIP_SAMPLE, "2028-02-29")),
                            List.of(),
                            "2028-03-11"))
                    .isEmpty();
        }

        @Test
        void givenAStartMidMonth_thenTheFirstPeriodIsTheRestOfThatMonth() {
            assertThat(missed(
                            List.of(plan(DIP_SAMPLE, Cadence.MONTHLY, "2026-01-31")),
                            List.of(check(DIP_SAMPLE, "2026-01-15")),
                            List.of(),
                            "2026-03-11"))
                    .containsExactly(
                            missed(DIP_SAMPLE, Cadence.MONTHLY, "2026-01-31", "2026-01-31"),
                            missed(DIP_SAMPLE, Cadence.MONTHLY, "2026-02-01", "2026-02-28"));
        }
    }

    @Nested
    class Grace {

        @Test
        void givenAPeriodEndedTenDaysAgo_thenNotYetMissed_andTheNextDayMissed() {
            List<AssurancePlan> plans = List.of(plan(DIP_SAMPLE, Cadence.MONTHLY, "2026-03-01"));
            assertThat(missed(plans, List.of(), List.of(), "2026-04-10")).isEmpty();
            assertThat(missed(plans, List.of(), List.of(), "2026-04-11"))
                    .containsExactly(missed(DIP_SAMPLE, Cadence.MONTHLY, "2026-03-01", "2026-03-31"));
        }

        @Test
        void givenEvidenceInTheGraceDays_thenItCountsForTheNextPeriodNotTheEndedOne() {
            assertThat(missed(
                            List.of(plan(DIP_SAMPLE, Cadence.MONTHLY, "2026-03-01")),
                            List.of(check(DIP_SAMPLE, "2026-04-05")),
                            List.of(),
                            "2026-04-20"))
                    .containsExactly(missed(DIP_SAMPLE, Cadence.MONTHLY, "2026-03-01", "2026-03-31"));
        }
    }

    @Nested
    class OtherCadences {

        @Test
        void givenWeeklyStartedOnAWednesday_thenWeeksEndOnSunday() {
            // 2026-01-07 is a Wednesday
            assertThat(missed(
                            List.of(plan(MANAGER_QUALITY_CHECK, Cadence.WEEKLY, "2026-01-07")),
                            List.of(check(MANAGER_QUALITY_CHECK, "2026-01-14")),
                            List.of(),
                            "2026-02-01"))
                    .containsExactly(missed(MANAGER_QUALITY_CHECK, Cadence.WEEKLY, "2026-01-07", "2026-01-11"));
        }

        @Test
        void givenQuarterlyStartedMidQuarter_thenQuartersRunFromJanuaryAprilJulyOctober() {
            assertThat(missed(List.of(plan(IQA, Cadence.QUARTERLY, "2026-02-15")), List.of(), List.of(), "2026-10-10"))
                    .containsExactly(
                            missed(IQA, Cadence.QUARTERLY, "2026-02-15", "2026-03-31"),
                            missed(IQA, Cadence.QUARTERLY, "2026-04-01", "2026-06-30"));
        }

        @Test
        void givenSixMonthlyAndYearly_thenHalvesFromJanuaryAndJulyAndYearsFromFirstJanuary() {
            assertThat(missed(
                            List.of(plan(IQA, Cadence.SIX_MONTHLY, "2026-03-01")), List.of(), List.of(), "2027-01-11"))
                    .containsExactly(
                            missed(IQA, Cadence.SIX_MONTHLY, "2026-03-01", "2026-06-30"),
                            missed(IQA, Cadence.SIX_MONTHLY, "2026-07-01", "2026-12-31"));
            assertThat(missed(List.of(plan(IQA, Cadence.YEARLY, "2027-06-01")), List.of(), List.of(), "2029-01-11"))
                    .containsExactly(
                            missed(IQA, Cadence.YEARLY, "2027-06-01", "2027-12-31"),
                            missed(IQA, Cadence.YEARLY, "2028-01-01", "2028-12-31"));
        }

        @Test
        void givenOnceWithADueDate_thenOneCheckOwedByTheDueDate() {
            List<AssurancePlan> plans = List.of(plan(IQA, Cadence.ONCE, "2026-01-10"));
            assertThat(MissedPeriods.missed(plans, List.of(), List.of(), d("2026-06-30"), d("2026-07-10"), GRACE))
                    .isEmpty();
            assertThat(MissedPeriods.missed(plans, List.of(), List.of(), d("2026-06-30"), d("2026-07-11"), GRACE))
                    .containsExactly(missed(IQA, Cadence.ONCE, "2026-01-10", "2026-06-30"));
            assertThat(MissedPeriods.missed(
                            plans,
                            List.of(check(IQA, "2026-05-02")),
                            List.of(),
                            d("2026-06-30"),
                            d("2027-01-01"),
                            GRACE))
                    .isEmpty();
        }

        @Test
        void givenOnceWithoutADueDate_thenOwedOnItsStartWithTheGrace() {
            assertThat(missed(List.of(plan(IQA, Cadence.ONCE, "2026-01-10")), List.of(), List.of(), "2026-01-21"))
                    .containsExactly(missed(IQA, Cadence.ONCE, "2026-01-10", "2026-01-10"));
        }
    }

    @Nested
    class Evidence {

        @Test
        void givenEvidenceBackfilledLater_thenItCountsForThePeriodOfItsBusinessDate() {
            // recorded in May, effective in February: the calculation sees only the business date
            List<AssurancePlan> plans = List.of(plan(DIP_SAMPLE, Cadence.MONTHLY, "2026-01-01"));
            assertThat(missed(plans, List.of(), List.of(), "2026-05-20")).hasSize(4);
            assertThat(missed(plans, List.of(check(DIP_SAMPLE, "2026-02-14")), List.of(), "2026-05-20"))
                    .extracting(Missed::periodStart)
                    .containsExactly(d("2026-01-01"), d("2026-03-01"), d("2026-04-01"));
        }

        @Test
        void givenEvidenceOfAnotherMethod_thenTheCheckIsStillMissed() {
            assertThat(missed(
                            List.of(plan(DIP_SAMPLE, Cadence.MONTHLY, "2026-01-01")),
                            List.of(check(MANAGER_QUALITY_CHECK, "2026-01-10")),
                            List.of(),
                            "2026-02-11"))
                    .hasSize(1);
        }

        @Test
        void anIqaSatisfiesADipSamplePlan_butADipSampleDoesNotSatisfyAnIqaPlan() {
            assertThat(missed(
                            List.of(plan(DIP_SAMPLE, Cadence.MONTHLY, "2026-01-01")),
                            List.of(check(IQA, "2026-01-10")),
                            List.of(),
                            "2026-02-11"))
                    .isEmpty();
            assertThat(missed(
                            List.of(plan(IQA, Cadence.MONTHLY, "2026-01-01")),
                            List.of(check(DIP_SAMPLE, "2026-01-10")),
                            List.of(),
                            "2026-02-11"))
                    .hasSize(1);
        }
    }

    @Nested
    class ClosedWithdrawnReopened {

        final List<AssurancePlan> monthly = List.of(plan(DIP_SAMPLE, Cadence.MONTHLY, "2026-01-01"));

        @Test
        void givenClosedMidMarch_thenJanuaryAndFebruaryOwed_notMarchNorLater() {
            assertThat(missed(monthly, List.of(), List.of(new Pause(d("2026-03-15"), null)), "2026-08-01"))
                    .extracting(Missed::periodStart)
                    .containsExactly(d("2026-01-01"), d("2026-02-01"));
        }

        @Test
        void givenWithdrawnOnTheFirstOfAMonth_thenThePreviousMonthStillOwed() {
            assertThat(missed(monthly, List.of(), List.of(new Pause(d("2026-02-01"), null)), "2026-08-01"))
                    .extracting(Missed::periodStart)
                    .containsExactly(d("2026-01-01"));
        }

        @Test
        void givenClosedInMarchAndReopenedInMay_thenOwedAgainFromMay() {
            assertThat(missed(monthly, List.of(), List.of(new Pause(d("2026-03-15"), d("2026-05-20"))), "2026-07-15"))
                    .extracting(Missed::periodStart)
                    .containsExactly(d("2026-01-01"), d("2026-02-01"), d("2026-05-01"), d("2026-06-01"));
        }

        @Test
        void givenReopenedAndClosedAgain_thenOnlyTheOpenSpanOwes() {
            assertThat(missed(
                            monthly,
                            List.of(check(DIP_SAMPLE, "2026-01-05"), check(DIP_SAMPLE, "2026-02-05")),
                            List.of(new Pause(d("2026-03-15"), d("2026-05-20")), new Pause(d("2026-06-10"), null)),
                            "2026-12-15"))
                    .extracting(Missed::periodStart)
                    .containsExactly(d("2026-05-01"));
        }
    }

    @Nested
    class ReplacedPlans {

        @Test
        void givenMonthlyReplacedByQuarterlyFromApril_thenTheOldMonthsStayAndQuartersFollow() {
            assertThat(missed(
                            List.of(
                                    plan(DIP_SAMPLE, Cadence.MONTHLY, "2026-01-01"),
                                    plan(IQA, Cadence.QUARTERLY, "2026-04-01")),
                            List.of(check(DIP_SAMPLE, "2026-02-03")),
                            List.of(),
                            "2026-10-20"))
                    .containsExactly(
                            missed(DIP_SAMPLE, Cadence.MONTHLY, "2026-01-01", "2026-01-31"),
                            missed(DIP_SAMPLE, Cadence.MONTHLY, "2026-03-01", "2026-03-31"),
                            missed(IQA, Cadence.QUARTERLY, "2026-04-01", "2026-06-30"),
                            missed(IQA, Cadence.QUARTERLY, "2026-07-01", "2026-09-30"));
        }

        @Test
        void givenAReplacementStartingMidMonth_thenThatMonthIsOwedOnlyUnderTheNewPlan() {
            assertThat(missed(
                            List.of(
                                    plan(DIP_SAMPLE, Cadence.MONTHLY, "2026-01-01"),
                                    plan(DIP_SAMPLE, Cadence.MONTHLY, "2026-02-10")),
                            List.of(check(DIP_SAMPLE, "2026-01-20"), check(DIP_SAMPLE, "2026-02-05")),
                            List.of(),
                            "2026-03-20"))
                    .containsExactly(missed(DIP_SAMPLE, Cadence.MONTHLY, "2026-02-10", "2026-02-28"));
        }

        @Test
        void givenAReplacementStartingEarlier_thenTheOldPlanOwesNothing() {
            assertThat(missed(
                            List.of(
                                    plan(DIP_SAMPLE, Cadence.MONTHLY, "2026-03-01"),
                                    plan(IQA, Cadence.YEARLY, "2026-01-01")),
                            List.of(),
                            List.of(),
                            "2026-06-01"))
                    .isEmpty();
        }
    }

    @Test
    void givenAPlanStartingInTheFuture_thenNothingIsOwed() {
        assertThat(missed(List.of(plan(DIP_SAMPLE, Cadence.WEEKLY, "2027-01-01")), List.of(), List.of(), "2026-06-01"))
                .isEmpty();
    }

    // Properties over random plans and todays

    @Provide
    Arbitrary<Cadence> repeating() {
        return Arbitraries.of(Cadence.WEEKLY, Cadence.MONTHLY, Cadence.QUARTERLY, Cadence.SIX_MONTHLY, Cadence.YEARLY);
    }

    @Property(tries = 300)
    void periodsAreContiguousCalendarAlignedAndStartAtTheStart(
            @ForAll("repeating") Cadence cadence,
            @ForAll @IntRange(min = 0, max = 3000) int startOffset,
            @ForAll @IntRange(min = 0, max = 1500) int span) {
        LocalDate startsOn = LocalDate.of(2020, 1, 1).plusDays(startOffset);
        LocalDate today = startsOn.plusDays(span);
        List<LocalDate[]> periods = MissedPeriods.periods(new AssurancePlan(IQA, cadence, startsOn), null, today);
        assertThat(periods).isNotEmpty();
        assertThat(periods.get(0)[0]).isEqualTo(startsOn);
        for (int i = 0; i < periods.size(); i++) {
            LocalDate start = periods.get(i)[0];
            LocalDate end = periods.get(i)[1];
            assertThat(end).isAfterOrEqualTo(start);
            assertThat(MissedPeriods.endOfPeriod(cadence, start)).isEqualTo(end);
            assertThat(end.plusDays(1)).isEqualTo(calendarStart(cadence, end.plusDays(1)));
            if (i > 0) {
                assertThat(start).isEqualTo(periods.get(i - 1)[1].plusDays(1));
                assertThat(start).isEqualTo(calendarStart(cadence, start));
            }
        }
        assertThat(periods.get(periods.size() - 1)[0]).isBeforeOrEqualTo(today);
        assertThat(periods.get(periods.size() - 1)[1]).isAfterOrEqualTo(today);
    }

    @Property(tries = 300)
    void evidenceNeverAddsAMissedCheck_andEachEvidenceDateClearsItsPeriod(
            @ForAll("repeating") Cadence cadence,
            @ForAll @IntRange(min = 0, max = 800) int startOffset,
            @ForAll @IntRange(min = 0, max = 900) int span,
            @ForAll @IntRange(min = 0, max = 1700) int evidenceOffset) {
        LocalDate startsOn = LocalDate.of(2027, 1, 1).plusDays(startOffset);
        LocalDate today = startsOn.plusDays(span);
        List<AssurancePlan> plans = List.of(new AssurancePlan(DIP_SAMPLE, cadence, startsOn));
        LocalDate evidenced = LocalDate.of(2027, 1, 1).plusDays(evidenceOffset);
        List<Missed> without = MissedPeriods.missed(plans, List.of(), List.of(), null, today, GRACE);
        List<Missed> with =
                MissedPeriods.missed(plans, List.of(new Check(DIP_SAMPLE, evidenced)), List.of(), null, today, GRACE);
        assertThat(without).containsAll(with);
        List<Missed> cleared = new ArrayList<>(without);
        cleared.removeAll(with);
        assertThat(cleared)
                .allSatisfy(period -> assertThat(evidenced).isBetween(period.periodStart(), period.periodEnd()));
        assertThat(cleared.size()).isLessThanOrEqualTo(1);
        assertThat(without)
                .allSatisfy(
                        period -> assertThat(period.periodEnd().plusDays(GRACE)).isBefore(today));
    }

    static LocalDate calendarStart(Cadence cadence, LocalDate day) {
        return switch (cadence) {
            case WEEKLY -> day.with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTHLY -> day.withDayOfMonth(1);
            case QUARTERLY -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case SIX_MONTHLY -> LocalDate.of(day.getYear(), day.getMonthValue() <= 6 ? 1 : 7, 1);
            case YEARLY -> LocalDate.of(day.getYear(), 1, 1);
            case ONCE -> day;
        };
    }
}
