package com.partnershiptracker.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest
    @ValueSource(strings = {"short", "elevenchars", ""})
    void refusesPasswordsShorterThanTwelveCharacters(String password) {
        assertThatThrownBy(() -> policy.check("editor", password)).isInstanceOf(WeakPasswordException.class)
                .extracting("messageKey").isEqualTo("password.tooShort");
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "PASSWORD1234", "qwertyuiop123", "1q2w3e4r5t6y"})
    void refusesCommonPasswordsWhateverTheCase(String password) {
        assertThatThrownBy(() -> policy.check("editor", password)).isInstanceOf(WeakPasswordException.class)
                .extracting("messageKey").isEqualTo("password.common");
    }

    /** The examples of issue 14, each refused with its reason, which reads in English and in Korean. */
    @ParameterizedTest
    @CsvSource({
            "editor,     Password123!,   password.predictable.word, common word",
            "editor,     Welcome2026!,   password.predictable.word, common word",
            "editor,     Summer2026!!,   password.predictable.word, common word",
            "editor,     adminadmin12,   password.predictable.word, common word",
            "admin,      adminadmin12,   password.containsUsername, username",
            "jane.doe,   My-JANE.DOE-passphrase, password.containsUsername, username",
            "jane.doe,   doe-family-1234, password.containsUsername, username",
            "editor,     1985-04-12/1985, password.predictable.date, year or a date",
            "editor,     !@#$%^&*()_+,   password.predictable.pattern, keyboard pattern",
            "editor,     'zxcvbnm,./zxc', password.predictable.pattern, keyboard pattern",
            "editor,     aaaabbbbcccc,   password.predictable.pattern, repeated characters",
            "editor,     abcdefghijklmnop, password.predictable.pattern, sequence",
    })
    void refusesPredictablePasswordsSayingWhyInBothLanguages(String username, String password, String key, String english) {
        WeakPasswordException refused = catchThrowableOfType(WeakPasswordException.class, () -> policy.check(username, password));
        assertThat(refused).as("%s for %s", password, username).isNotNull();
        assertThat(refused.getMessageKey()).isEqualTo(key);
        assertThat(message(key, Locale.ENGLISH)).contains(english);
        assertThat(message(key, Locale.KOREAN)).containsPattern("\\p{IsHangul}{2}").isNotEqualTo(message(key, Locale.ENGLISH));
    }

    @Test
    void aVariationOnTheUsernameCountsAsTheUsername() {
        assertThatThrownBy(() -> policy.check("sunflower", "rewolfnus-rewolfnus")).extracting("messageKey")
                .isEqualTo("password.containsUsername");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dolphins drink quietly at noon", "우리 파트너십 기록 🙂 안전하게", "correct horse staple battery",
            "q7Hk_2Lm9PzR-a4Vt8Wc3Yx1", "guessing test passphrase"})
    void acceptsLongUnpredictablePassphrasesIncludingKoreanAndEmoji(String password) {
        assertThatCode(() -> policy.check("editor", password)).doesNotThrowAnyException();
    }

    @Test
    void countsCharactersNotBytes() {
        assertThatThrownBy(() -> policy.check("editor", "가나다라마바사아자차카")).isInstanceOf(WeakPasswordException.class);
        assertThatCode(() -> policy.check("editor", "가나다라마바사아자차카타")).doesNotThrowAnyException();
    }

    @Test
    void refusesAbsurdlyLongPasswords() {
        assertThatThrownBy(() -> policy.check("editor", "x".repeat(PasswordPolicy.MAX_LENGTH + 1)))
                .extracting("messageKey").isEqualTo("password.tooLong");
    }

    @Test
    void acceptsPasswordsLongerThanBcryptsSeventyTwoBytes() {
        assertThatCode(() -> policy.check("editor", "a passphrase that is much longer than seventy-two bytes, as bcrypt would cut"))
                .doesNotThrowAnyException();
    }

    @Test
    void everyReasonReadsInBothLanguages() {
        for (String key : new String[] {"password.tooShort", "password.tooLong", "password.common", "password.containsUsername",
                "password.predictable.word", "password.predictable.date", "password.predictable.pattern", "password.predictable"}) {
            assertThat(message(key, Locale.ENGLISH)).as(key).isNotEqualTo(key);
            assertThat(message(key, Locale.KOREAN)).as(key).containsPattern("\\p{IsHangul}");
        }
    }

    private static String message(String key, Locale locale) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages.getMessage(key, null, key, locale);
    }
}
