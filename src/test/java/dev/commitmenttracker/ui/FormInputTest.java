package dev.commitmenttracker.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.commitmenttracker.shared.OwnerRole;
import dev.commitmenttracker.shared.RuleViolation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** How a posted form is read under the API's names, and how a refusal becomes the error summary and inline errors. */
class FormInputTest {

    @Test
    void aDateComesWholeOrInTheGovukParts() {
        assertThat(form("on", "2024-05-01").date("on")).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(form("on-day", "1", "on-month", "5", "on-year", "2024").date("on"))
                .isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(form("on-day", " ", "on-month", "", "on-year", "").date("on"))
                .isNull();
    }

    @Test
    void aDateThatCannotBeReadIsRefusedNamingItsField() {
        for (FormInput input : List.of(
                form("dueDate-day", "31", "dueDate-month", "2", "dueDate-year", "2023"),
                form("dueDate-day", "1", "dueDate-month", "5"),
                form("dueDate-day", "1", "dueDate-month", "5", "dueDate-year", "23"),
                form("dueDate", "soon"))) {
            assertThatThrownBy(() -> input.date("dueDate")).isInstanceOfSatisfying(RuleViolation.class, refused -> {
                assertThat(refused.code()).isEqualTo("validation.not-a-date");
                assertThat(refused.field()).isEqualTo("dueDate");
            });
        }
    }

    @Test
    void numbersAndChoicesAreRefusedAsTheApiRefusesThem() {
        assertThat(form("sampleSize", " 20 ").integer("sampleSize")).isEqualTo(20);
        assertThatThrownBy(() -> form("sampleSize", "twenty").integer("sampleSize"))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        refused -> assertThat(refused.field()).isEqualTo("sampleSize"));
        assertThat(form("ownerRole", "ABM").choice("ownerRole", OwnerRole.class))
                .isEqualTo(OwnerRole.ABM);
        assertThat(form("ownerRole", "").choice("ownerRole", OwnerRole.class)).isNull();
        assertThatThrownBy(() -> form("ownerRole", "KING").choice("ownerRole", OwnerRole.class))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        refused -> assertThat(refused.code()).isEqualTo("validation.unknown-value"));
    }

    @Test
    void theVersionSeenIsRequired() {
        assertThat(form("version", "7").version()).isEqualTo(7);
        assertThatThrownBy(() -> form("note", "x").version()).isInstanceOf(RuleViolation.class);
    }

    @Test
    void aRefusalLinksTheSummaryToItsInputAndShowsTheValuesAgain() {
        ExtendedModelMap model = new ExtendedModelMap();
        FormInput input = form("summary", "A sample.", "effectiveOn-day", "31", "_csrf", "secret");

        FormProblems.show(
                model,
                "record-evidence",
                RuleViolation.invalid("validation.not-a-date", "effectiveOn", "Enter a real date."),
                input);

        FormProblems.Problem problem = ((List<FormProblems.Problem>) model.get("problems")).get(0);
        assertThat(problem.href()).isEqualTo("#record-evidence-effectiveOn-day");
        assertThat(model.get("errors"))
                .isEqualTo(java.util.Map.of("record-evidence-effectiveOn", "Enter a real date."));
        assertThat((java.util.Map<String, String>) model.get("values"))
                .containsEntry("record-evidence-summary", "A sample.")
                .containsEntry("record-evidence-effectiveOn-day", "31")
                .doesNotContainKey("record-evidence-_csrf");

        FormProblems.Problem noField =
                FormProblems.of("close", RuleViolation.conflict("commitment.target-not-met", "Below target."), f -> f);
        assertThat(noField.href()).isNull();
    }

    @Test
    void anIssueTheServiceNumbersAmongThoseSentIsLinkedToItsRowOnTheForm() {
        assertThat(FormInput.id("inspection", "issues[10].theme")).isEqualTo("inspection-issues-10-theme");
        assertThat(InspectionPages.formField("issues[1].theme", List.of(0, 10))).isEqualTo("issues[10].theme");
        assertThat(InspectionPages.formField("title", List.of(0, 10))).isEqualTo("title");
        assertThat(InspectionPages.formField("ratings", List.of())).isEqualTo("ratings[0].domain");
    }

    static FormInput form(String... pairs) {
        MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.add(pairs[i], pairs[i + 1]);
        }
        return new FormInput(values);
    }
}
