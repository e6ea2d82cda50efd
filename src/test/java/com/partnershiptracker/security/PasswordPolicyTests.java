package com.partnershiptracker.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest
    @ValueSource(strings = {"short", "elevenchars", ""})
    void refusesPasswordsShorterThanTwelveCharacters(String password) {
        assertThatThrownBy(() -> policy.check(password)).isInstanceOf(WeakPasswordException.class)
                .extracting("messageKey").isEqualTo("password.tooShort");
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "PASSWORD1234", "qwertyuiop123", "1q2w3e4r5t6y"})
    void refusesCommonPasswordsWhateverTheCase(String password) {
        assertThatThrownBy(() -> policy.check(password)).isInstanceOf(WeakPasswordException.class)
                .extracting("messageKey").isEqualTo("password.common");
    }

    @Test
    void acceptsALongUncommonPassphraseIncludingKoreanAndEmoji() {
        assertThatCode(() -> policy.check("dolphins drink quietly at noon")).doesNotThrowAnyException();
        assertThatCode(() -> policy.check("우리 파트너십 기록 🙂 안전하게")).doesNotThrowAnyException();
    }

    @Test
    void countsCharactersNotBytes() {
        assertThatThrownBy(() -> policy.check("가나다라마바사아자차카")).isInstanceOf(WeakPasswordException.class);
        assertThatCode(() -> policy.check("가나다라마바사아자차카타")).doesNotThrowAnyException();
    }

    @Test
    void refusesAbsurdlyLongPasswords() {
        assertThatThrownBy(() -> policy.check("x".repeat(PasswordPolicy.MAX_LENGTH + 1)))
                .extracting("messageKey").isEqualTo("password.tooLong");
    }

    @Test
    void acceptsPasswordsLongerThanBcryptsSeventyTwoBytes() {
        assertThatCode(() -> policy.check("a passphrase that is much longer than seventy-two bytes, as bcrypt would cut"))
                .doesNotThrowAnyException();
    }
}
