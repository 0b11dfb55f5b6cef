package dev.commitmenttracker.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.commitmenttracker.shared.RuleViolation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactAddressTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "priya.shah@example.gov.uk",
                "a@cps.gov.uk",
                "first+tag@mail.example.org",
                "o'neill@example.gov.uk",
                "  spaced@example.gov.uk  "
            })
    void givenAnAddress_whenChecked_thenKeptStripped(String email) {
        assertThat(ContactAddress.requireEmail(email)).isEqualTo(email.strip());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "not-an-address",
                "a@b",
                "two@@example.gov.uk",
                "a@b@example.gov.uk",
                ".lead@example.gov.uk",
                "a..b@example.gov.uk",
                "trail.@example.gov.uk",
                "\"quoted\"@example.gov.uk",
                "name@-example.gov.uk",
                "name@example..gov.uk",
                "名前@example.gov.uk",
                "name@example.gov.uk\nBcc: x@evil.example",
                "@example.gov.uk",
                "name@"
            })
    void givenNotAnAddress_whenChecked_thenRefusedOnTheEmailField(String email) {
        assertThatThrownBy(() -> ContactAddress.requireEmail(email))
                .isInstanceOfSatisfying(RuleViolation.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo("email");
                    assertThat(refusal.code()).isEqualTo("validation.email");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void givenNoEmail_whenChecked_thenRequired(String email) {
        assertThatThrownBy(() -> ContactAddress.requireEmail(email))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        refusal -> assertThat(refusal.code()).isEqualTo("validation.required"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Priya\u0007Shah", "Priya\nShah"})
    void givenANameWithAControlCharacter_whenChecked_thenRefused(String name) {
        assertThatThrownBy(() -> ContactAddress.requireName(name))
                .isInstanceOfSatisfying(RuleViolation.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo("name");
                    assertThat(refusal.code()).isEqualTo("validation.control-character");
                });
    }
}
