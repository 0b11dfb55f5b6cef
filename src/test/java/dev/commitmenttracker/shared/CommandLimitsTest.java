package dev.commitmenttracker.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.commitmenttracker.commitment.api.AssignCommitment;
import dev.commitmenttracker.commitment.api.CloseCommitment;
import dev.commitmenttracker.commitment.api.JudgeFollowUp;
import dev.commitmenttracker.commitment.api.NoteProgress;
import dev.commitmenttracker.commitment.api.RecordCommitment;
import dev.commitmenttracker.commitment.api.RecordEvidence;
import dev.commitmenttracker.commitment.api.ReopenCommitment;
import dev.commitmenttracker.commitment.api.ReviseDueDate;
import dev.commitmenttracker.commitment.api.StartWork;
import dev.commitmenttracker.commitment.api.WithdrawCommitment;
import dev.commitmenttracker.inspection.api.InspectionKind;
import dev.commitmenttracker.inspection.api.IssueToAddress;
import dev.commitmenttracker.inspection.api.Rating;
import dev.commitmenttracker.inspection.api.RecordInspection;
import jakarta.validation.Constraint;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.messaging.MessageHandler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The limits of {@link Limits}, checked on the command bus before a command reaches its handler. Edge values are
 * derived from the limits: the largest accepted passes, one more is refused with its code and field.
 */
class CommandLimitsTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final String ID = "2f0c7a52-4d1e-4d59-9a8a-6f3f2b0f9c11";
    /** Two characters of two UTF-8 bytes, one of three and one of four (a surrogate pair): text is not ASCII. */
    static final String MIXED = "é£€😀";

    static final ValidatorFactory VALIDATION = Validation.byDefaultProvider()
            .configure()
            .clockProvider(() -> Clock.fixed(TODAY.atTime(12, 0).atZone(LONDON).toInstant(), LONDON))
            .buildValidatorFactory();

    SimpleCommandBus bus;
    List<Object> handled;

    @BeforeEach
    void setUp() {
        bus = SimpleCommandBus.builder().build();
        handled = new ArrayList<>();
        MessageHandler<org.axonframework.commandhandling.CommandMessage<?>> handler = command -> {
            handled.add(command.getPayload());
            return null;
        };
        for (Class<?> type : COMMANDS) {
            bus.subscribe(type.getName(), handler);
        }
        new CommandLimits(VALIDATION.getValidator(), bus);
    }

    @AfterAll
    static void close() {
        VALIDATION.close();
    }

    static final List<Class<?>> COMMANDS = List.of(
            RecordCommitment.class,
            AssignCommitment.class,
            StartWork.class,
            NoteProgress.class,
            RecordEvidence.class,
            CloseCommitment.class,
            ReopenCommitment.class,
            ReviseDueDate.class,
            WithdrawCommitment.class,
            JudgeFollowUp.class,
            RecordInspection.class,
            IssueToAddress.class);

    /** Text of exactly {@code length} UTF-16 characters, ending in multi-byte characters. */
    static String text(int length) {
        return "x".repeat(length - MIXED.length()) + MIXED;
    }

    static RecordCommitment commitment(String text, LocalDate committedOn, LocalDate dueDate) {
        return new RecordCommitment(
                ID, AreaCode.WESSEX, List.of(), null, null, Theme.DISCLOSURE, text, committedOn, dueDate, 90);
    }

    static RecordInspection inspection(String title, Map<String, Rating> ratings, List<IssueToAddress> issues) {
        return new RecordInspection(
                ID, AreaCode.WESSEX, InspectionKind.AREA_INSPECTION_PROGRAMME_BASELINE, title, TODAY, ratings, issues);
    }

    static List<IssueToAddress> issues(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(n -> new IssueToAddress(n, "Issue " + n, Theme.DISCLOSURE))
                .toList();
    }

    static RecordEvidence evidence(Integer sampleSize, Integer compliantCount) {
        return new RecordEvidence(
                ID, AssuranceMethod.DIP_SAMPLE, TODAY, sampleSize, compliantCount, "Dip sample", "ref", TODAY, null);
    }

    void accepted(Object command) {
        assertThatCode(() -> bus.dispatch(GenericCommandMessage.asCommandMessage(command)))
                .doesNotThrowAnyException();
        assertThat(handled).as("the command reached its handler").containsExactly(command);
    }

    void refused(Object command, String code, String field) {
        RuleViolation refusal = catchThrowableOfType(
                RuleViolation.class, () -> bus.dispatch(GenericCommandMessage.asCommandMessage(command)));
        assertThat(refusal).as("refused").isNotNull();
        assertThat(refusal.kind()).isEqualTo(RuleViolation.Kind.INVALID_INPUT);
        assertThat(refusal.code()).as(refusal.getMessage()).isEqualTo(code);
        assertThat(refusal.field()).as(refusal.getMessage()).isEqualTo(field);
        assertThat(handled).as("a refused command never reaches its handler").isEmpty();
    }

    @Nested
    class Text {

        @Test
        void givenTextOfTheLimitInMultiByteCharacters_thenAccepted() {
            accepted(commitment(text(Limits.TEXT), TODAY, null));
        }

        @Test
        void givenTextOneOverTheLimit_thenRefusedTooLong() {
            refused(commitment(text(Limits.TEXT + 1), TODAY, null), "validation.too-long", "text");
        }

        @Test
        void givenOwnerNameOfTwentyFiveMillionCharacters_thenRefusedTooLong() {
            refused(
                    new AssignCommitment(ID, OwnerRole.DCCP, "a".repeat(25_000_000), TODAY, null),
                    "validation.too-long",
                    "ownerName");
        }

        @Test
        void givenOwnerNameAtTheLimit_thenAccepted() {
            accepted(new AssignCommitment(ID, OwnerRole.DCCP, text(Limits.NAME), TODAY, null));
        }

        @Test
        void givenNullCharacter_thenRefusedInEveryTextField() {
            refused(commitment("before\u0000after", TODAY, null), "validation.control-character", "text");
            refused(
                    new AssignCommitment(ID, OwnerRole.DCCP, "A\u0000", TODAY, null),
                    "validation.control-character",
                    "ownerName");
            refused(new NoteProgress(ID, "\u0000", TODAY, null), "validation.control-character", "note");
            refused(new CloseCommitment(ID, "\u0000", TODAY, null), "validation.control-character", "rationale");
            refused(new ReopenCommitment(ID, "\u0000", TODAY, null), "validation.control-character", "reason");
            refused(new WithdrawCommitment(ID, "\u0000", TODAY, null), "validation.control-character", "reason");
            refused(
                    new ReviseDueDate(ID, TODAY, "\u0000", TODAY, false, TODAY, null),
                    "validation.control-character",
                    "reason");
            refused(new JudgeFollowUp(ID, null, "\u0000", TODAY, null), "validation.control-character", "note");
            refused(
                    new RecordEvidence(ID, AssuranceMethod.IQA, TODAY, 1, 1, "ok", "\u0000", TODAY, null),
                    "validation.control-character",
                    "reference");
            refused(inspection("\u0000", Map.of(), List.of()), "validation.control-character", "title");
            refused(
                    inspection("Title", Map.of(), List.of(new IssueToAddress(1, "\u0000", Theme.DISCLOSURE))),
                    "validation.control-character",
                    "issues[0].text");
        }

        @Test
        void givenLineBreaksAndTabs_thenAcceptedInFreeTextButNotInOneLine() {
            accepted(new NoteProgress(ID, "First line.\r\n\tSecond line.", TODAY, null));
            handled.clear();
            refused(
                    new AssignCommitment(ID, OwnerRole.DCCP, "Ann\nSmith", TODAY, null),
                    "validation.control-character",
                    "ownerName");
        }

        @Test
        void givenHalfASurrogatePair_thenRefused() {
            refused(new NoteProgress(ID, "broken \ud83d pair", TODAY, null), "validation.invalid-character", "note");
        }

        @Test
        void givenTitleOfTheColumnsWidth_thenAccepted_andOneMore_thenRefused() {
            accepted(inspection(text(Limits.TITLE), Map.of(), List.of()));
            handled.clear();
            refused(inspection(text(Limits.TITLE + 1), Map.of(), List.of()), "validation.too-long", "title");
        }

        @Test
        void givenARatedDomainTooLong_thenRefusedNamingTheKey() {
            Map<String, Rating> ratings = Map.of("d".repeat(Limits.NAME + 1), Rating.GOOD);
            refused(
                    inspection("Title", ratings, List.of()),
                    "validation.too-long",
                    "ratings[" + "d".repeat(Limits.NAME + 1) + "]");
        }
    }

    @Nested
    class Lists {

        @Test
        void givenTheMostIssues_thenAccepted() {
            accepted(inspection("Title", Map.of(), issues(Limits.ISSUES)));
        }

        @Test
        void givenOneIssueMore_thenRefusedTooMany() {
            refused(inspection("Title", Map.of(), issues(Limits.ISSUES + 1)), "validation.too-many", "issues");
        }

        @Test
        void givenTwentyThousandIssues_thenRefusedTooMany() {
            refused(inspection("Title", Map.of(), issues(20_000)), "validation.too-many", "issues");
        }

        @Test
        void givenTooManyRatings_thenRefusedTooMany() {
            Map<String, Rating> ratings = new LinkedHashMap<>();
            IntStream.rangeClosed(1, Limits.RATINGS + 1).forEach(n -> ratings.put("Domain " + n, Rating.GOOD));
            refused(inspection("Title", ratings, List.of()), "validation.too-many", "ratings");
        }

        @Test
        void givenEveryOtherArea_thenAccepted() {
            List<AreaCode> others = AreaCode.areas().stream()
                    .filter(area -> area != AreaCode.WESSEX)
                    .toList();
            assertThat(others).hasSize(Limits.JOINT_AREAS);
            accepted(new RecordCommitment(
                    ID, AreaCode.WESSEX, others, null, null, Theme.DISCLOSURE, "Text", TODAY, null, null));
        }

        @Test
        void givenMoreJointAreasThanThereAreAreas_thenRefusedTooMany() {
            List<AreaCode> many = new ArrayList<>(Arrays.asList(AreaCode.values()));
            many.addAll(Arrays.asList(AreaCode.values()));
            refused(
                    new RecordCommitment(
                            ID, AreaCode.WESSEX, many, null, null, Theme.DISCLOSURE, "Text", TODAY, null, null),
                    "validation.too-many",
                    "jointWith");
        }

        @Test
        void givenAnIssueNumberOverTheLimit_thenRefusedOutOfRange() {
            refused(
                    inspection(
                            "Title",
                            Map.of(),
                            List.of(new IssueToAddress(Limits.ISSUE_NUMBER + 1, "Issue", Theme.DISCLOSURE))),
                    "validation.out-of-range",
                    "issues[0].number");
        }
    }

    @Nested
    class Numbers {

        @Test
        void givenTheLargestSample_thenAccepted() {
            accepted(evidence(Limits.SAMPLE_SIZE, Limits.SAMPLE_SIZE));
        }

        @Test
        void givenASampleOfTwoToTheThirtyOneMinusOne_thenRefusedOutOfRange() {
            refused(evidence(Integer.MAX_VALUE, 1), "validation.out-of-range", "sampleSize");
        }

        @Test
        void givenACompliantCountOverTheLargestSample_thenRefusedOutOfRange() {
            refused(evidence(Limits.SAMPLE_SIZE, Limits.SAMPLE_SIZE + 1), "validation.out-of-range", "compliantCount");
        }

        @Test
        void givenATargetOverAHundredPercent_thenRefusedOutOfRange() {
            refused(
                    new RecordCommitment(
                            ID, AreaCode.WESSEX, List.of(), null, null, Theme.DISCLOSURE, "Text", TODAY, null, 101),
                    "validation.out-of-range",
                    "targetCompliance");
        }
    }

    @Nested
    class Dates {

        @Test
        void givenTheFirstAndLastDatesOfTheWindow_thenAccepted() {
            accepted(commitment("Text", Limits.EARLIEST_DATE, Limits.LATEST_DATE));
        }

        @Test
        void givenADayBeforeTheWindow_thenRefused() {
            refused(
                    commitment("Text", Limits.EARLIEST_DATE.minusDays(1), null),
                    "validation.date-out-of-window",
                    "committedOn");
        }

        @Test
        void givenADueDateADayAfterTheWindow_thenRefused() {
            refused(
                    commitment("Text", TODAY, Limits.LATEST_DATE.plusDays(1)),
                    "validation.date-out-of-window",
                    "dueDate");
        }

        @Test
        void givenEvidenceOfTheYearMinusOneThousand_thenRefused() {
            refused(
                    new RecordEvidence(
                            ID, AssuranceMethod.IQA, LocalDate.of(-1000, 1, 1), null, null, "Old", null, TODAY, null),
                    "validation.date-out-of-window",
                    "effectiveOn");
        }

        @Test
        void givenADueDateInTheYearFiveMillion_thenRefused() {
            refused(
                    new ReviseDueDate(ID, LocalDate.of(5_874_898, 1, 1), "Later", TODAY, false, TODAY, null),
                    "validation.date-out-of-window",
                    "dueDate");
        }

        @Test
        void givenABusinessDateTomorrow_thenRefusedInFuture_onEveryAct() {
            LocalDate tomorrow = TODAY.plusDays(1);
            refused(commitment("Text", tomorrow, null), "validation.in-future", "committedOn");
            refused(new StartWork(ID, tomorrow, null), "validation.in-future", "on");
            refused(new JudgeFollowUp(ID, null, null, tomorrow, null), "validation.in-future", "judgedOn");
            refused(
                    new RecordEvidence(ID, AssuranceMethod.IQA, tomorrow, null, null, "Soon", null, TODAY, null),
                    "validation.in-future",
                    "effectiveOn");
            refused(
                    new RecordInspection(
                            ID,
                            AreaCode.WESSEX,
                            InspectionKind.AREA_INSPECTION_PROGRAMME_BASELINE,
                            "Title",
                            tomorrow,
                            Map.of(),
                            List.of()),
                    "validation.in-future",
                    "publishedOn");
        }

        @Test
        void givenADueDateNextYear_thenAccepted() {
            accepted(commitment("Text", TODAY, TODAY.plusYears(1)));
        }
    }

    /** Declared once, on the contract: every field of every command that carries text, a date, a number or a list is limited. */
    @Test
    void everyCommandFieldThatCouldOverflowALimitDeclaresOne() throws NoSuchFieldException {
        List<String> unlimited = new ArrayList<>();
        for (Class<?> command : COMMANDS) {
            for (RecordComponent component : command.getRecordComponents()) {
                Class<?> type = component.getType();
                boolean needsLimit = type == String.class
                        || type == LocalDate.class
                        || type == Integer.class
                        || List.class.isAssignableFrom(type)
                        || Map.class.isAssignableFrom(type);
                Field field = command.getDeclaredField(component.getName());
                boolean limited = Arrays.stream(field.getAnnotations())
                        .anyMatch(a -> a.annotationType().isAnnotationPresent(Constraint.class));
                if (needsLimit && !limited) {
                    unlimited.add(command.getSimpleName() + "." + component.getName());
                }
            }
        }
        assertThat(unlimited).isEmpty();
    }
}
