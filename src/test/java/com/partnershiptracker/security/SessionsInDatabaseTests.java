package com.partnershiptracker.security;

import com.partnershiptracker.support.PassMarks;
import com.partnershiptracker.support.SeededWebTest;
import com.partnershiptracker.support.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.partnershiptracker.support.WebSession.form;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions kept in PostgreSQL by Spring Session, over real HTTP: anonymous requests of every kind leave
 * no session behind, the page to return to travels in the sign-in URL, and an admin's change to an
 * account (disable, demote, reset, delete) or the owner's own password change ends its sessions.
 */
@SeededWebTest
class SessionsInDatabaseTests {

    static final String PASSWORD = "sessions test passphrase";
    static final String PAD = "p".repeat(7_600);

    @RegisterExtension
    static final PassMarks MARKS = new PassMarks("1-2. Sessions: none for anonymous traffic, in PostgreSQL, ended by an admin's change");

    @LocalServerPort
    int port;

    @Autowired
    UserAccountService users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anonymousRequestsOfEveryKindCreateNoSession() {
        long before = sessions();
        List<String> setSessions = new ArrayList<>();
        List<String> paths = List.of("/", "/timeline", "/organizations/kt", "/agreements?partner=kt", "/search?q=kt",
                "/api/v1/agreements", "/api/v1/nope", "/no-such-page", "/timeline?page=x", "/login", "/login?error",
                "/login?continue=/admin/sources", "/admin", "/admin/organizations/new?x=1", "/admin/users",
                "/admin/history/ORGANIZATION/1", "/error", "/logout", "/actuator/health", "/timeline.atom");
        int requests = 0;
        for (String path : paths) {
            WebSession anonymous = new WebSession(port);
            WebSession.Answer answer = anonymous.get(path, "X-Pad", PAD);
            requests++;
            if (anonymous.sessionId() != null) {
                setSessions.add("GET " + path + " " + answer.status() + " " + answer.headers().replaceAll("\\s+", " "));
            }
        }
        WebSession guesser = new WebSession(port);
        guesser.signIn("nobody-here", "a wrong password entirely", "X-Pad", PAD);
        guesser.post("/admin/organizations", form("nameEn", "x"), "X-Pad", PAD);
        guesser.post("/logout", Map.of());
        requests += 4;
        if (guesser.sessionId() != null) {
            setSessions.add("failed sign-in, posts while signed out");
        }
        long created = sessions() - before;
        MARKS.record("no anonymous request creates a session (pages, API, errors, /login, /admin redirects, failed sign-in)",
                String.format("%d anonymous requests with a 7.6 KB header: %d sessions created, %d answers set a session cookie %s",
                        requests, created, setSessions.size(), setSessions), created == 0 && setSessions.isEmpty());

        assertThat(setSessions).isEmpty();
        assertThat(created).isZero();
    }

    @Test
    void signingInReturnsToThePageAskedForWithoutASession() {
        users.create("returning-editor", PASSWORD, Role.EDITOR);
        WebSession editor = new WebSession(port);
        String toSignIn = editor.get("/admin/sources?page=2").location();
        assertThat(toSignIn).contains("/login?continue=");
        String asked = URLDecoder.decode(toSignIn.substring(toSignIn.indexOf("continue=") + 9), StandardCharsets.UTF_8);
        assertThat(asked).isEqualTo("/admin/sources?page=2");
        assertThat(editor.sessionId()).isNull();

        String page = editor.get(toSignIn.substring(toSignIn.indexOf("/login"))).body();
        assertThat(WebSession.hiddenValue(page, "continue")).isEqualTo("/admin/sources?page=2");
        WebSession.Answer signedIn = editor.post("/login",
                form("username", "returning-editor", "password", PASSWORD, "continue", asked));

        MARKS.record("the page to return to survives sign-in without a session", "GET /admin/sources?page=2 signed out → "
                + toSignIn + "; after sign-in → " + signedIn.location(), signedIn.location().endsWith("/admin/sources?page=2"));
        assertThat(signedIn.location()).endsWith("/admin/sources?page=2");
        assertThat(sessionsOf("returning-editor")).isEqualTo(1);
    }

    @Test
    void aReturnPathToAnotherSiteIsNeverFollowed() {
        users.create("redirected-editor", PASSWORD, Role.EDITOR);
        List<String> followed = new ArrayList<>();
        List<String> attempts = List.of("//evil.example/x", "https://evil.example/", "/\\evil.example", "\\\\evil.example",
                "javascript:alert(1)", " /admin", "/admin\r\nX-Injected: 1", "evil.example");
        for (String target : attempts) {
            WebSession editor = new WebSession(port);
            editor.get("/login");
            String location = editor.post("/login",
                    form("username", "redirected-editor", "password", PASSWORD, "continue", target)).location();
            if (!location.endsWith("/admin") || location.contains("evil")) {
                followed.add(target + " → " + location);
            }
        }
        MARKS.record("the return path is never an open redirect", String.format(
                "%d hostile return paths after a good sign-in: %d followed %s", attempts.size(), followed.size(), followed),
                followed.isEmpty());
        assertThat(followed).isEmpty();
    }

    @Test
    void theSignInFormNeedsItsCsrfTokenWithoutASession() {
        users.create("csrf-editor", PASSWORD, Role.EDITOR);
        WebSession withoutToken = new WebSession(port);
        WebSession.Answer refused = withoutToken.post("/login", form("username", "csrf-editor", "password", PASSWORD));
        WebSession withToken = new WebSession(port);
        withToken.get("/login");
        String tokenCookie = withToken.cookie("XSRF-TOKEN");
        WebSession.Answer accepted = withToken.post("/login", form("username", "csrf-editor", "password", PASSWORD));

        MARKS.record("CSRF on the sign-in form holds without a session (token in a cookie)", String.format(
                "without the token: %d; with it: %d → %s", refused.status(), accepted.status(), accepted.location()),
                refused.status() == 403 && accepted.location().endsWith("/admin"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(tokenCookie).isNotNull();
        assertThat(withToken.sessionId()).as("the session comes with the sign-in, not before").isNotNull();
        assertThat(accepted.location()).endsWith("/admin");
    }

    @Test
    void disablingAnAccountEndsItsSessionsAtOnce() {
        users.create("disabled-editor", PASSWORD, Role.EDITOR);
        WebSession editor = signedIn("disabled-editor");
        WebSession admin = admin("disabling-admin");
        assertThat(editor.get("/admin").status()).isEqualTo(200);

        admin.post("/admin/users/disabled-editor", form("version", version("disabled-editor"), "role", "EDITOR"));
        WebSession.Answer after = editor.get("/admin/sources/new");

        MARKS.record("disabling an account ends its sessions", "the disabled editor's next request: " + after.status()
                + " → " + after.location() + "; sessions left: " + sessionsOf("disabled-editor"), isSignedOut(after));
        assertThat(isSignedOut(after)).isTrue();
        assertThat(sessionsOf("disabled-editor")).isZero();
    }

    @Test
    void demotingAnAdminEndsTheirSessionsSoTheyCannotManageUsers() {
        users.create("demoted-admin", PASSWORD, Role.ADMIN);
        WebSession demoted = signedIn("demoted-admin");
        WebSession admin = admin("demoting-admin");
        assertThat(demoted.get("/admin/users").status()).isEqualTo(200);

        admin.post("/admin/users/demoted-admin", form("version", version("demoted-admin"), "role", "EDITOR", "enabled", "true"));
        WebSession.Answer users = demoted.get("/admin/users");
        demoted.get("/admin/users");
        WebSession.Answer create = demoted.post("/admin/users",
                form("username", "sneaky-admin", "role", "ADMIN", "password", "a sneaky long passphrase"));
        WebSession again = signedIn("demoted-admin");
        WebSession.Answer asEditor = again.get("/admin/users");

        MARKS.record("demoting an admin ends their sessions; signed in again they are refused", String.format(
                "old session: /admin/users %d → %s, create an ADMIN: %d; new session: /admin/users %d; sneaky account: %s",
                users.status(), users.location(), create.status(), asEditor.status(),
                this.users.findByUsername("sneaky-admin").isPresent() ? "created" : "none"),
                isSignedOut(users) && asEditor.status() == 403 && this.users.findByUsername("sneaky-admin").isEmpty());
        assertThat(isSignedOut(users)).isTrue();
        assertThat(asEditor.status()).isEqualTo(403);
        assertThat(this.users.findByUsername("sneaky-admin")).isEmpty();
    }

    @Test
    void aPasswordResetEndsTheOldSessions() {
        users.create("reset-editor", PASSWORD, Role.EDITOR);
        WebSession editor = signedIn("reset-editor");
        WebSession admin = admin("resetting-admin");

        admin.post("/admin/users/reset-editor/password", form("version", version("reset-editor"),
                "password", "a brand new long passphrase"));
        WebSession.Answer after = editor.get("/admin");

        MARKS.record("a password reset ends the old sessions", "the old session's next request: " + after.status()
                + " → " + after.location(), isSignedOut(after));
        assertThat(isSignedOut(after)).isTrue();
    }

    @Test
    void deletingAnAccountEndsItsSessions() {
        users.create("deleted-editor", PASSWORD, Role.EDITOR);
        WebSession editor = signedIn("deleted-editor");
        WebSession admin = admin("deleting-admin");

        WebSession.Answer unconfirmed = admin.post("/admin/users/deleted-editor/delete", form("version", version("deleted-editor")));
        assertThat(users.findByUsername("deleted-editor")).as("a delete without its confirmation").isPresent();
        assertThat(editor.get("/admin").status()).isEqualTo(200);
        WebSession.Answer deleted = admin.post("/admin/users/deleted-editor/delete",
                form("version", version("deleted-editor"), "confirm", "true"));
        WebSession.Answer after = editor.get("/admin");

        MARKS.record("deleting an account ends its sessions", "delete without confirming: " + unconfirmed.status()
                + " (kept); confirmed: " + deleted.status() + "; the old session's next request: "
                + after.status() + " → " + after.location(), isSignedOut(after) && users.findByUsername("deleted-editor").isEmpty());
        assertThat(deleted.location()).endsWith("/admin/users");
        assertThat(isSignedOut(after)).isTrue();
    }

    @Test
    void changingOnesOwnPasswordEndsTheOtherSessionsOnly() {
        users.create("careful-editor", PASSWORD, Role.EDITOR);
        WebSession laptop = signedIn("careful-editor");
        WebSession phone = signedIn("careful-editor");
        laptop.get("/admin/account/password");

        WebSession.Answer changed = laptop.post("/admin/account/password",
                form("currentPassword", PASSWORD, "newPassword", "an even longer new passphrase"));
        WebSession.Answer onLaptop = laptop.get("/admin");
        WebSession.Answer onPhone = phone.get("/admin");

        MARKS.record("changing one's own password ends one's other sessions", String.format(
                "change: %d → %s; this session: %d; the other session: %d → %s", changed.status(), changed.location(),
                onLaptop.status(), onPhone.status(), onPhone.location()), onLaptop.status() == 200 && isSignedOut(onPhone));
        assertThat(onLaptop.status()).isEqualTo(200);
        assertThat(isSignedOut(onPhone)).isTrue();
    }

    @Test
    void aWrongCurrentPasswordChangesNothing() {
        users.create("forgetful-editor", PASSWORD, Role.EDITOR);
        WebSession editor = signedIn("forgetful-editor");
        editor.get("/admin/account/password");

        WebSession.Answer refused = editor.post("/admin/account/password",
                form("currentPassword", "not the password at all", "newPassword", "an even longer new passphrase"));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("That is not your current password.");
        assertThat(new WebSession(port).signIn("forgetful-editor", PASSWORD).location()).endsWith("/admin");
    }

    @Test
    void everyChangeToAnAccountIsRecordedWithWhoAndWhenAndNoHash() {
        WebSession admin = admin("auditing-admin");
        admin.get("/admin/users");
        admin.post("/admin/users", form("username", "audited-editor", "role", "EDITOR", "password", PASSWORD));
        admin.post("/admin/users/audited-editor", form("version", version("audited-editor"), "role", "ADMIN", "enabled", "true"));
        admin.post("/admin/users/audited-editor", form("version", version("audited-editor"), "role", "ADMIN"));
        admin.post("/admin/users/audited-editor/password", form("version", version("audited-editor"),
                "password", "a brand new long passphrase"));

        String page = admin.get("/admin/users/audited-editor").body();
        String changes = admin.get("/admin/changes").body();
        List<String> shown = new ArrayList<>();
        for (String text : List.of("Account created", "Role changed", "EDITOR → ADMIN", "Sign-in disabled",
                "Password reset by an admin")) {
            if (page.contains(text)) {
                shown.add(text);
            }
        }
        boolean hashShown = page.contains("pbkdf2") || changes.contains("pbkdf2");
        MARKS.record("account changes are audited (who, to whom, when) on the user's page and in /admin/changes",
                String.format("on the page: %s; by auditing-admin: %s; in /admin/changes: %s; a hash shown: %s", shown,
                        page.contains("auditing-admin"), changes.contains("/admin/users/audited-editor"), hashShown),
                shown.size() == 5 && page.contains("auditing-admin") && changes.contains("/admin/users/audited-editor") && !hashShown);
        assertThat(shown).hasSize(5);
        assertThat(changes).contains("/admin/users/audited-editor");
        assertThat(hashShown).isFalse();
    }

    @Test
    void aChangeFromAStalePageIsRefusedWith409() {
        users.create("contested-editor", PASSWORD, Role.EDITOR);
        WebSession admin = admin("first-of-two-admins");
        String seen = version("contested-editor");
        admin.post("/admin/users/contested-editor", form("version", seen, "role", "ADMIN", "enabled", "true"));

        WebSession.Answer stale = admin.post("/admin/users/contested-editor", form("version", seen, "role", "EDITOR"));

        MARKS.record("a user change from a stale page is refused", "409 expected: " + stale.status(),
                stale.status() == 409 && users.findByUsername("contested-editor").orElseThrow().isEnabled());
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("Another admin changed this account");
        assertThat(users.findByUsername("contested-editor").orElseThrow().getRole()).isEqualTo(Role.ADMIN);
    }

    private WebSession admin(String username) {
        users.create(username, PASSWORD, Role.ADMIN);
        return signedIn(username);
    }

    private WebSession signedIn(String username) {
        WebSession session = new WebSession(port);
        assertThat(session.signIn(username, PASSWORD).location()).endsWith("/admin");
        session.get("/admin");
        return session;
    }

    private String version(String username) {
        return String.valueOf(users.findByUsername(username).orElseThrow().getVersion());
    }

    private static boolean isSignedOut(WebSession.Answer answer) {
        return answer.status() == 302 && answer.location() != null && answer.location().contains("/login");
    }

    private long sessions() {
        return jdbc.sql("select count(*) from spring_session").query(Long.class).single();
    }

    private long sessionsOf(String username) {
        return jdbc.sql("select count(*) from spring_session where principal_name = ?").param(username).query(Long.class).single();
    }
}
