package com.partnershiptracker.security;

import com.partnershiptracker.support.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --reset-password=USERNAME}, run against PostgreSQL without the web side, as the command runs it. */
@PostgresTest
class PasswordResetTests {

    static final String OLD_PASSWORD = "amber lantern orchard quietly";

    @Autowired
    UserAccountService users;

    @Autowired
    MessageSource messages;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aResetPrintsANewGeneratedPasswordThatReplacesTheOldOneAndIsRecordedAndEndsTheSessions() {
        users.create("night-operator", OLD_PASSWORD, Role.ADMIN);
        jdbc.sql("""
                insert into spring_session (primary_id, session_id, creation_time, last_access_time, max_inactive_interval,
                                            expiry_time, principal_name)
                values ('00000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-000000000002', 0, 0, 1800,
                        9999999999999, 'night-operator')""").update();

        int status = reset("", "Night-Operator");

        assertThat(status).isEqualTo(PasswordReset.DONE);
        Matcher printed = Pattern.compile("password: (\\S+)").matcher(text(out));
        assertThat(printed.find()).isTrue();
        String hash = users.findByUsername("night-operator").orElseThrow().getPasswordHash();
        assertThat(encoder.matches(printed.group(1), hash)).isTrue();
        assertThat(encoder.matches(OLD_PASSWORD, hash)).isFalse();
        assertThat(users.changesOf("night-operator")).first()
                .satisfies(change -> assertThat(change.change()).isEqualTo(AccountChange.PASSWORD_RESET));
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = 'night-operator'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aResetTakesThePasswordFromAppAdminPasswordWhenSetWithoutPrintingIt() {
        users.create("day-operator", OLD_PASSWORD, Role.EDITOR);

        int status = reset("copper whistle under tidal bridges", "day-operator");

        assertThat(status).isEqualTo(PasswordReset.DONE);
        assertThat(text(out)).contains("APP_ADMIN_PASSWORD").doesNotContain("copper whistle");
        String hash = users.findByUsername("day-operator").orElseThrow().getPasswordHash();
        assertThat(encoder.matches("copper whistle under tidal bridges", hash)).isTrue();
        assertThat(encoder.matches(OLD_PASSWORD, hash)).isFalse();
    }

    @Test
    void anUnknownUsernameIsRefusedSayingSoAndChangesNothing() {
        users.create("known-operator", OLD_PASSWORD, Role.ADMIN);

        int status = reset("", "nobody-here");

        assertThat(status).isEqualTo(PasswordReset.REFUSED);
        assertThat(text(err)).contains("No account has the username 'nobody-here'; nothing was changed.", "known-operator");
        assertThat(text(out)).isEmpty();
        assertThat(encoder.matches(OLD_PASSWORD, users.findByUsername("known-operator").orElseThrow().getPasswordHash())).isTrue();
    }

    @Test
    void aWeakAppAdminPasswordIsRefusedWithTheReasonAndChangesNothing() {
        users.create("weak-operator", OLD_PASSWORD, Role.ADMIN);

        int status = reset("Summer2026!!", "weak-operator");

        assertThat(status).isEqualTo(PasswordReset.REFUSED);
        assertThat(text(err)).contains("refused by the password policy").doesNotContain("Summer2026!!");
        assertThat(encoder.matches(OLD_PASSWORD, users.findByUsername("weak-operator").orElseThrow().getPasswordHash())).isTrue();
    }

    private int reset(String environmentPassword, String username) {
        return new PasswordReset(users, messages, environmentPassword)
                .reset(username, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
