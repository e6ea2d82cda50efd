package com.partnershiptracker.security;

import com.partnershiptracker.support.SeededWebTest;
import com.partnershiptracker.support.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password guessing over real HTTP, through Tomcat, where the client address comes from: a
 * guesser can neither rotate X-Forwarded-For to get more guesses nor lock the real user out
 * from another address.
 */
@SeededWebTest
@ExtendWith(OutputCaptureExtension.class)
class LoginOverHttpTests {

    static final String PASSWORD = "guessing test passphrase";

    @LocalServerPort
    int port;

    @Autowired
    UserAccountService users;

    @Test
    void aSpoofedForwardedForHeaderGivesAGuesserNoFreshCount() {
        users.create("spoof-target", PASSWORD, Role.EDITOR);
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            WebSession.Answer answer = new WebSession(port).signIn("spoof-target", "wrong guess " + i,
                    "X-Forwarded-For", "203.0.113." + i);
            assertThat(answer.location()).endsWith("/login?error");
        }
        WebSession.Answer right = new WebSession(port).signIn("spoof-target", PASSWORD, "X-Forwarded-For", "198.51.100.77");
        assertThat(right.location()).as("the right password from the locked client, whatever it claims to forward")
                .endsWith("/login?error");
    }

    @Test
    void aUsernameWithANulByteOrOfAMegabyteIsAnOrdinaryFailure(CapturedOutput log) {
        for (String username : new String[] {"adm\u0000in", "admin\u0000", "a".repeat(1_000_000), "<script>", "admin' --"}) {
            assertThat(new WebSession(port).signIn(username, "whatever it is").location()).endsWith("/login?error");
        }
        assertThat(log.getOut()).doesNotContain(" ERROR ").doesNotContain("jdbc.error");
    }

    @Test
    void theRealUserSignsInFromAnotherAddressWhileTheGuesserIsLockedOut() {
        users.create("locked-elsewhere", PASSWORD, Role.EDITOR);
        WebSession guesser = new WebSession(port, "127.0.0.1");
        for (int i = 0; i < 20; i++) {
            assertThat(guesser.signIn("locked-elsewhere", "guess " + i).location()).endsWith("/login?error");
        }
        assertThat(guesser.signIn("locked-elsewhere", PASSWORD).location()).as("the guesser, with the right password")
                .endsWith("/login?error");

        WebSession realUser = new WebSession(port, "127.0.0.2");
        assertThat(realUser.signIn("locked-elsewhere", PASSWORD).location()).as("the real user at 127.0.0.2")
                .endsWith("/admin");
        assertThat(realUser.get("/admin").status()).isEqualTo(200);
    }
}
