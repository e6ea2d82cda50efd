package com.partnershiptracker.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The first admin when two instances start at once on a fresh database (see also ConcurrentStartTests), and the
 * warning when APP_ADMIN_USERNAME is given but accounts exist already.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminTests {

    final UserAccountService users = mock(UserAccountService.class);

    @Test
    void anInstanceThatLosesTheRaceForTheFirstAdminStillStarts() {
        when(users.hasAnyUser()).thenReturn(false);
        when(users.create(eq("admin"), anyString(), any())).thenThrow(new DataIntegrityViolationException("uk_users_username"));
        when(users.findByUsername("admin")).thenReturn(Optional.of(mock(UserAccount.class)));

        assertThatCode(() -> new FirstAdmin(users, messages(), "admin", "", "").run(new DefaultApplicationArguments())).doesNotThrowAnyException();
    }

    @Test
    void aFailureToCreateTheFirstAdminForAnyOtherReasonStopsTheStart() {
        when(users.hasAnyUser()).thenReturn(false);
        when(users.create(eq("admin"), anyString(), any())).thenThrow(new WeakPasswordException("password.common"));
        when(users.findByUsername("admin")).thenReturn(Optional.empty());

        assertThatThrownBy(() -> new FirstAdmin(users, messages(), "admin", "password1234", "").run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aWeakPasswordInTheEnvironmentStopsTheStartSayingWhyWithoutRepeatingIt() {
        UserAccountRepository accounts = mock(UserAccountRepository.class);
        when(accounts.count()).thenReturn(0L);
        UserAccountService real = new UserAccountService(accounts, mock(PasswordEncoder.class), new PasswordPolicy(),
                mock(AccountSessions.class), mock(AccountChanges.class), Clock.systemUTC());

        assertThatThrownBy(() -> new FirstAdmin(real, messages(), "admin", "Summer2026!!", "").run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("APP_ADMIN_PASSWORD is refused by the password policy: That password is too easy to guess")
                .message().doesNotContain("Summer2026!!");
        assertThatThrownBy(() -> new FirstAdmin(real, messages(), "admin", "admin-passphrase-of-mine", "").run(new DefaultApplicationArguments()))
                .hasMessageContaining("must not contain the username");
        verify(accounts, never()).save(any());
    }

    @Test
    void aGivenAdminUsernameIgnoredBecauseAccountsExistIsAWarningThatSaysHowToResetAPassword(CapturedOutput output) {
        when(users.hasAnyUser()).thenReturn(true);

        new FirstAdmin(users, messages(), "chief", "", "chief").run(new DefaultApplicationArguments());

        assertThat(output.getOut()).contains("WARN", "APP_ADMIN_USERNAME / APP_ADMIN_PASSWORD are ignored: accounts exist already",
                "java -jar app.jar --reset-password=chief", "-Dspring-boot.run.arguments=--reset-password=chief");
        verify(users, never()).create(anyString(), anyString(), any());
    }

    @Test
    void withoutAnAdminUsernameOrPasswordGivenExistingAccountsAreNotWarnedAbout(CapturedOutput output) {
        when(users.hasAnyUser()).thenReturn(true);

        new FirstAdmin(users, messages(), "admin", "", "").run(new DefaultApplicationArguments());

        assertThat(output.getOut()).doesNotContain("are ignored");
    }

    @Test
    void aPasswordResetRunCreatesNoFirstAdminAndWarnsOfNothing(CapturedOutput output) {
        new FirstAdmin(users, messages(), "chief", "", "chief").run(new DefaultApplicationArguments("--reset-password=chief"));

        assertThat(output.getOut()).doesNotContain("are ignored");
        verify(users, never()).hasAnyUser();
    }

    private static MessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        return messages;
    }
}
