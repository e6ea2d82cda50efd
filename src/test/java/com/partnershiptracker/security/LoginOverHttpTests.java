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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password guessing over real HTTP, through Tomcat, where the client address comes from: a
 * guesser can neither rotate X-Forwarded-For to get more guesses nor lock the real user out of a
 * browser they signed in from before. Each test guesses from loopback addresses of its own, since
 * the counts outlive the test in the shared database.
 */
@SeededWebTest
@ExtendWith(OutputCaptureExtension.class)
class LoginOverHttpTests {

    static final String PASSWORD = "guessing test passphrase";
    private static final Pattern DEVICE_COOKIE = Pattern.compile("(?im)^set-cookie:\\s*" + DeviceCookies.NAME + "=([^;\\r\\n]+)(.*)$");

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
        for (int i = 0; i < LoginThrottle.CLIENT_LIMIT; i++) {
            wrongGuesses.add(new WebSession(port, "127.0.0.20").signIn("sprayed-" + i, "wrong guess " + i,
                    "X-Forwarded-For", "203.0.113." + i).location());
        }
        WebSession.Answer right = new WebSession(port, "127.0.0.20").signIn("spoof-target", PASSWORD,
                "X-Forwarded-For", "198.51.100.77");
        MARKS.record("over HTTP, a spoofed X-Forwarded-For gives a guesser no fresh count", String.format(
                "%d wrong guesses at other accounts, each claiming another address, then the right password claiming a new one: %s",
                wrongGuesses.size(), refusedOrNot(right.location())), isRefused(right.location())
                && wrongGuesses.stream().allMatch(LoginOverHttpTests::isRefused));

        assertThat(wrongGuesses).allSatisfy(location -> assertThat(location).endsWith("/login?error"));
        assertThat(right.location()).as("the right password from the used-up client, whatever it claims to forward")
                .endsWith("/login?error");
    }

    @Test
    void aUsernameWithANulByteOrOfAMegabyteIsAnOrdinaryFailure(CapturedOutput log) {
        List<String> locations = new ArrayList<>();
        for (String username : new String[] {"adm\u0000in", "admin\u0000", "a".repeat(1_000_000), "<script>", "admin' --"}) {
            locations.add(new WebSession(port, "127.0.0.21").signIn(username, "whatever it is").location());
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
    void theKnownBrowserSignsInDuringAnAttackFromElevenAddresses() {
        users.create("device-owner", PASSWORD, Role.EDITOR);
        WebSession.Answer first = new WebSession(port, "127.0.0.50").signIn("device-owner", PASSWORD);
        Matcher cookie = DEVICE_COOKIE.matcher(first.headers());
        assertThat(cookie.find()).as("a device cookie on signing in: %s", first.headers()).isTrue();
        String device = cookie.group(1);
        String attributes = cookie.group(2).toLowerCase(java.util.Locale.ROOT);

        List<String> guesses = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (int address = 51; address <= 61; address++) {
                guesses.add(new WebSession(port, "127.0.0." + address).signIn("device-owner", "guess " + round).location());
            }
        }
        String unknownBrowser = new WebSession(port, "127.0.0.62").signIn("device-owner", PASSWORD).location();
        WebSession knownBrowser = new WebSession(port, "127.0.0.51");
        String known = knownBrowser.signIn("device-owner", PASSWORD, "Cookie", DeviceCookies.NAME + "=" + device).location();
        int adminPage = knownBrowser.get("/admin").status();
        boolean knownSignedIn = known != null && known.endsWith("/admin");
        MARKS.record("over HTTP, the known browser signs in during an attack from 11 addresses", String.format(
                "33 guesses from 127.0.0.51-61, all refused: %s; then the right password from an unknown browser: %s; "
                        + "from the browser that signed in before (at a guesser's address): %s, /admin answers %d",
                guesses.stream().allMatch(LoginOverHttpTests::isRefused) ? "yes" : "no", refusedOrNot(unknownBrowser),
                knownSignedIn ? "signed in" : "sent to " + known, adminPage), knownSignedIn && adminPage == 200
                        && isRefused(unknownBrowser) && guesses.stream().allMatch(LoginOverHttpTests::isRefused));

        assertThat(attributes).contains("path=/login").contains("httponly").contains("samesite=lax")
                .contains("max-age=31536000").doesNotContain("secure");
        assertThat(unknownBrowser).as("an unknown browser while the account is locked for unknown clients").endsWith("/login?error");
        assertThat(known).as("the known browser").endsWith("/admin");
        assertThat(adminPage).isEqualTo(200);
    }

    @Test
    void aForgedDeviceCookieOrOneOfAnotherAccountGetsNoAllowanceOfItsOwn() {
        users.create("forged-target", PASSWORD, Role.EDITOR);
        users.create("cookie-donor", PASSWORD, Role.EDITOR);
        Matcher donorCookie = DEVICE_COOKIE.matcher(new WebSession(port, "127.0.0.70").signIn("cookie-donor", PASSWORD).headers());
        assertThat(donorCookie.find()).isTrue();
        for (int address = 71; address <= 80; address++) {
            new WebSession(port, "127.0.0." + address).signIn("forged-target", "guess");
        }
        String value = donorCookie.group(1);
        String forged = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("forged-target".getBytes())
                + value.substring(value.indexOf('.'));
        String withForged = new WebSession(port, "127.0.0.82").signIn("forged-target", PASSWORD,
                "Cookie", DeviceCookies.NAME + "=" + forged).location();
        String withTheDonors = new WebSession(port, "127.0.0.83").signIn("forged-target", PASSWORD,
                "Cookie", DeviceCookies.NAME + "=" + value).location();
        assertThat(withForged).as("a device cookie renamed to the target").endsWith("/login?error");
        assertThat(withTheDonors).as("another account's device cookie").endsWith("/login?error");
    }

    @Test
    void aGuesserWhoUsedUpItsAddressDoesNotHoldBackAnotherClient() {
        users.create("locked-elsewhere", PASSWORD, Role.EDITOR);
        WebSession guesser = new WebSession(port, "127.0.0.90");
        for (int i = 0; i < 20; i++) {
            guesser.signIn("someone-" + i, "guess " + i);
        }
        String guesserRight = guesser.signIn("locked-elsewhere", PASSWORD).location();
        WebSession realUser = new WebSession(port, "127.0.0.91");
        String realUserRight = realUser.signIn("locked-elsewhere", PASSWORD).location();
        assertThat(guesserRight).as("the right password from the guesser's address").endsWith("/login?error");
        assertThat(realUserRight).as("the real user at another address").endsWith("/admin");
        assertThat(realUser.get("/admin").status()).isEqualTo(200);
    }

    private static boolean isRefused(String location) {
        return location != null && location.endsWith("/login?error");
    }

    private static String refusedOrNot(String location) {
        return isRefused(location) ? "refused" : "not refused (" + location + ")";
    }
}
