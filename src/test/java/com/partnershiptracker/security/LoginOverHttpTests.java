package com.partnershiptracker.security;

import com.partnershiptracker.support.PassMarks;
import com.partnershiptracker.support.SeededWebTest;
import com.partnershiptracker.support.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;

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

    @RegisterExtension
    static final PassMarks MARKS = new PassMarks("Login guessing");

    @LocalServerPort
    int port;

    @Autowired
    UserAccountService users;

    @Test
    void aSpoofedForwardedForHeaderGivesAGuesserNoFreshCount() {
        users.create("spoof-target", PASSWORD, Role.EDITOR);
        List<String> wrongGuesses = new ArrayList<>();
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            wrongGuesses.add(new WebSession(port).signIn("spoof-target", "wrong guess " + i,
                    "X-Forwarded-For", "203.0.113." + i).location());
        }
        WebSession.Answer right = new WebSession(port).signIn("spoof-target", PASSWORD, "X-Forwarded-For", "198.51.100.77");
        MARKS.record("over HTTP, a spoofed X-Forwarded-For gives a guesser no fresh count", String.format(
                "%d wrong guesses, each claiming another address, then the right password claiming a new one: %s",
                wrongGuesses.size(), refusedOrNot(right.location())), isRefused(right.location())
                && wrongGuesses.stream().allMatch(LoginOverHttpTests::isRefused));

        assertThat(wrongGuesses).allSatisfy(location -> assertThat(location).endsWith("/login?error"));
        assertThat(right.location()).as("the right password from the locked client, whatever it claims to forward")
                .endsWith("/login?error");
    }

    @Test
    void aUsernameWithANulByteOrOfAMegabyteIsAnOrdinaryFailure(CapturedOutput log) {
        List<String> locations = new ArrayList<>();
        for (String username : new String[] {"adm\u0000in", "admin\u0000", "a".repeat(1_000_000), "<script>", "admin' --"}) {
            locations.add(new WebSession(port).signIn(username, "whatever it is").location());
        }
        boolean errorsLogged = log.getOut().contains(" ERROR ") || log.getOut().contains("jdbc.error");
        long refused = locations.stream().filter(LoginOverHttpTests::isRefused).count();
        MARKS.record("a username with a NUL byte, of a megabyte or of SQL is an ordinary failure", String.format(
                "%d of %d refused as a wrong password; errors logged: %s", refused, locations.size(),
                errorsLogged ? "yes" : "none"), refused == locations.size() && !errorsLogged);

        assertThat(locations).allSatisfy(location -> assertThat(location).endsWith("/login?error"));
        assertThat(log.getOut()).doesNotContain(" ERROR ").doesNotContain("jdbc.error");
    }

    @Test
    void theRealUserSignsInFromAnotherAddressWhileTheGuesserIsLockedOut() {
        users.create("locked-elsewhere", PASSWORD, Role.EDITOR);
        WebSession guesser = new WebSession(port, "127.0.0.1");
        List<String> guesses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            guesses.add(guesser.signIn("locked-elsewhere", "guess " + i).location());
        }
        String guesserRight = guesser.signIn("locked-elsewhere", PASSWORD).location();
        WebSession realUser = new WebSession(port, "127.0.0.2");
        String realUserRight = realUser.signIn("locked-elsewhere", PASSWORD).location();
        int adminPage = realUser.get("/admin").status();
        boolean realUserSignedIn = realUserRight != null && realUserRight.endsWith("/admin");
        MARKS.record("over HTTP, during the lock, the right password from another client signs in", String.format(
                "20 guesses from 127.0.0.1, then the right password there: %s; from 127.0.0.2: %s, /admin answers %d",
                refusedOrNot(guesserRight), realUserSignedIn ? "signed in" : "sent to " + realUserRight, adminPage),
                isRefused(guesserRight) && realUserSignedIn && adminPage == 200);

        assertThat(guesses).allSatisfy(location -> assertThat(location).endsWith("/login?error"));
        assertThat(guesserRight).as("the guesser, with the right password").endsWith("/login?error");
        assertThat(realUserRight).as("the real user at 127.0.0.2").endsWith("/admin");
        assertThat(adminPage).isEqualTo(200);
    }

    private static boolean isRefused(String location) {
        return location != null && location.endsWith("/login?error");
    }

    private static String refusedOrNot(String location) {
        return isRefused(location) ? "refused" : "not refused (" + location + ")";
    }
}
