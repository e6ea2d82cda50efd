package com.partnershiptracker.security;

import com.partnershiptracker.support.SeededWebTest;
import com.partnershiptracker.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * Signing in while the accounts cannot be read (the database is out): each attempt gets the
 * branded 503 with a Retry-After, not "wrong password", and none counts against the throttle, so
 * the editor who kept trying can sign in as soon as the database is back. A throttle that cannot
 * read its counts answers the same way, rather than a 500 or an unthrottled password check.
 */
@SeededWebTest
class SignInDuringOutageTests {

    static final String PASSWORD = "outage test passphrase";
    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    static final String CLIENT = "127.0.0.30";

    @LocalServerPort
    int port;

    @MockitoBean
    DatabaseUserDetailsService accounts;

    @Autowired
    PasswordEncoder passwords;

    @MockitoSpyBean
    LoginThrottle throttle;

    @MockitoSpyBean
    JdbcIndexedSessionRepository sessions;

    @Test
    void attemptsDuringAnOutageAreA503AndDoNotLockTheEditorOutAfterwards() {
        when(accounts.loadUserByUsername(anyString())).thenThrow(new DataAccessResourceFailureException("database is down"));
        List<WebSession.Answer> duringOutage = new ArrayList<>();
        for (int i = 0; i < LoginThrottle.ACCOUNT_LIMIT + 3; i++) {
            duringOutage.add(new WebSession(port, CLIENT).signIn("outage-editor", PASSWORD, "Accept", BROWSER));
        }

        reset(accounts);
        when(accounts.loadUserByUsername("outage-editor")).thenReturn(User.withUsername("outage-editor")
                .password(passwords.encode(PASSWORD)).roles(Role.EDITOR.name()).build());
        WebSession.Answer afterwards = new WebSession(port, CLIENT).signIn("outage-editor", PASSWORD);

        assertThat(duringOutage).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(503);
            assertThat(answer.headers()).containsIgnoringCase("Retry-After: 30");
            assertThat(answer.body()).contains("class=\"error-page\"").doesNotContain("Exception");
        });
        assertThat(afterwards.location()).endsWith("/admin");
    }

    @Test
    void aThrottleThatCannotReachTheDatabaseAnswersTheBranded503WithoutCheckingThePassword() {
        doThrow(new DataAccessResourceFailureException("the throttle's tables cannot be read"))
                .when(throttle).admit(anyString(), anyString(), any());
        WebSession.Answer answer = new WebSession(port, CLIENT).signIn("outage-editor", PASSWORD, "Accept", BROWSER);

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.headers()).containsIgnoringCase("Retry-After: 30");
        assertThat(answer.body()).contains("class=\"error-page\"").doesNotContain("Exception");
        verifyNoInteractions(accounts);
    }

    @Test
    void aSignedInEditorGetsTheBranded503WhileTheSessionsCannotBeReadAndIsStillSignedInAfterwards() {
        when(accounts.loadUserByUsername("session-editor")).thenReturn(User.withUsername("session-editor")
                .password(passwords.encode(PASSWORD)).roles(Role.EDITOR.name()).build());
        WebSession editor = new WebSession(port, "127.0.0.31");
        assertThat(editor.signIn("session-editor", PASSWORD).location()).endsWith("/admin");

        doThrow(new DataAccessResourceFailureException("the sessions cannot be read")).when(sessions).findById(anyString());
        WebSession.Answer duringOutage = editor.get("/admin", "Accept", BROWSER);
        reset(sessions);
        WebSession.Answer afterwards = editor.get("/admin");

        assertThat(duringOutage.status()).isEqualTo(503);
        assertThat(duringOutage.headers()).containsIgnoringCase("Retry-After: 30").doesNotContainIgnoringCase("Set-Cookie: SESSION=");
        assertThat(duringOutage.body()).contains("class=\"error-page\"").doesNotContain("Exception");
        assertThat(afterwards.status()).isEqualTo(200);
    }
}
