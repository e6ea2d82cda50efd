package com.partnershiptracker.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.dao.DataIntegrityViolationException;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The first admin when two instances start at once on a fresh database (see also ConcurrentStartTests). */
class FirstAdminTests {

    final UserAccountService users = mock(UserAccountService.class);

    @Test
    void anInstanceThatLosesTheRaceForTheFirstAdminStillStarts() {
        when(users.hasAnyUser()).thenReturn(false);
        when(users.create(eq("admin"), anyString(), any())).thenThrow(new DataIntegrityViolationException("uk_users_username"));
        when(users.findByUsername("admin")).thenReturn(Optional.of(mock(UserAccount.class)));

        assertThatCode(() -> new FirstAdmin(users, "admin", "").run(new DefaultApplicationArguments())).doesNotThrowAnyException();
    }

    @Test
    void aFailureToCreateTheFirstAdminForAnyOtherReasonStopsTheStart() {
        when(users.hasAnyUser()).thenReturn(false);
        when(users.create(eq("admin"), anyString(), any())).thenThrow(new WeakPasswordException("password.common"));
        when(users.findByUsername("admin")).thenReturn(Optional.empty());

        assertThatThrownBy(() -> new FirstAdmin(users, "admin", "password1234").run(new DefaultApplicationArguments()))
                .isInstanceOf(WeakPasswordException.class);
    }
}
