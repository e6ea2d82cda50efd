package com.partnershiptracker.schema;

import com.partnershiptracker.support.AppInstance;
import com.partnershiptracker.support.PassMarks;
import com.partnershiptracker.support.WebSession;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The no-set-up mode's H2 file database keeps saving once the pool has replaced every connection
 * (issue 14, item 0). H2 2.4.240 built the set of values of each {@code IN (...)} check constraint
 * around the session that created it, and compared through that session. When the pool retired the
 * connection that ran the migrations (Hikari's max-lifetime, 30 minutes by default) while its other
 * connections kept the database open, that session was closed, and from then on every save into a
 * table with such a constraint failed with "Check constraint invalid" ("The database has been
 * closed", said the closed session). H2 2.5 compares through the database instead.
 *
 * <p>The application starts on the default H2 URL, with the database file in a folder of the test's
 * own, and a pool of three; every connection of the pool is then closed and replaced while the
 * database stays open, and a signed-in admin makes a save of every kind through the admin forms.
 * Then the application stops and starts again on the same files (H2 closes the database and reads
 * its constraints afresh), and the same happens again.
 */
class EmbeddedDatabaseKeepsSavingTests {

    @RegisterExtension
    static final PassMarks MARKS = new PassMarks("0. The embedded database keeps saving");

    static final String ADMIN = "h2-admin";
    static final String ADMIN_PASSWORD = "amber kettle orbit 2931";

    @TempDir
    Path folder;

    @Test
    void everyKindOfRecordSavesAfterThePoolReplacedEveryConnectionAndAgainAfterARestartOnTheSameFiles() throws Exception {
        String url = defaultUrlWithTheFileIn(folder);
        long started = System.nanoTime();
        Round first;
        try (ConfigurableApplicationContext app = start(url)) {
            first = Round.after(replaceEveryConnection(app, url), app, "first");
        }
        Round restarted;
        try (ConfigurableApplicationContext app = start(url)) {
            restarted = Round.after(replaceEveryConnection(app, url), app, "restarted");
        }
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();

        MARKS.record("every connection of the pool replaced, the one that ran the migrations included",
                first.replaced() + " (after a restart on the same files: " + restarted.replaced() + ")",
                first.replaced().complete() && restarted.replaced().complete());
        MARKS.record("then a save of each kind through the admin forms, 0 failed", first.figure(), first.allSaved());
        MARKS.record("every table with a check constraint took a new row", first.tablesFigure(), first.everyCheckedTableGrew());
        MARKS.record("after a restart on the same files, a save of each kind again, 0 failed",
                restarted.figure() + "; " + restarted.tablesFigure(), restarted.allSaved() && restarted.everyCheckedTableGrew());
        MARKS.record("time for both runs", seconds + " s", true);

        assertThat(first.replaced().complete()).as("the sessions open before were all closed: %s", first.replaced()).isTrue();
        assertThat(first.failures()).as("saves after every connection was replaced").isEmpty();
        assertThat(first.tablesNotGrown()).as("tables with a check constraint that took no new row").isEmpty();
        assertThat(restarted.replaced().complete()).as("after the restart: %s", restarted.replaced()).isTrue();
        assertThat(restarted.failures()).as("saves after a restart on the same files").isEmpty();
        assertThat(restarted.tablesNotGrown()).as("after the restart, tables with a check constraint that took no new row")
                .isEmpty();
    }

    /** The URL of application.properties' default, with the database file in {@code folder} instead of ./data. */
    static String defaultUrlWithTheFileIn(Path folder) throws IOException {
        String properties;
        try (InputStream in = EmbeddedDatabaseKeepsSavingTests.class.getResourceAsStream("/application.properties")) {
            properties = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher fallback = Pattern.compile("(?m)^spring\\.datasource\\.url=\\$\\{DATABASE_URL:(jdbc:h2:file:[^;}]+)([^}]*)}").matcher(properties);
        assertThat(fallback.find()).as("application.properties falls back to an H2 file database").isTrue();
        return "jdbc:h2:file:" + folder.resolve("partnership-tracker").toAbsolutePath() + fallback.group(2);
    }

    private static ConfigurableApplicationContext start(String url) {
        return AppInstance.startWith("spring.datasource.url=" + url, "spring.datasource.username=sa",
                "spring.datasource.password=", "spring.datasource.hikari.maximum-pool-size=3",
                "app.admin.username=" + ADMIN, "app.admin.password=" + ADMIN_PASSWORD, "app.review.required=true");
    }

    /** The H2 sessions open now, each as its id and the moment it started (H2 reuses the ids of closed sessions). */
    private static Set<String> openSessions(JdbcClient jdbc) {
        return new HashSet<>(jdbc.sql("select session_id || '@' || session_start from information_schema.sessions")
                .query(String.class).list());
    }

    /**
     * Closes every connection of the pool, the one that ran the migrations included, and waits until
     * none of the sessions open before is open any more. A connection of the test's own keeps the
     * database open meanwhile, as the other connections of the pool do when max-lifetime retires them
     * one at a time; were they all closed at once, H2 would close the database and read its
     * constraints afresh when reopened, which is a different case (the restart below).
     */
    private static Replacement replaceEveryConnection(ConfigurableApplicationContext app, String url)
            throws SQLException, InterruptedException {
        HikariDataSource pool = app.getBean(DataSource.class).unwrap(HikariDataSource.class);
        JdbcClient jdbc = JdbcClient.create(pool);
        try (Connection keeper = DriverManager.getConnection(url, "sa", "")) {
            String kept = JdbcClient.create(new SingleConnectionDataSource(keeper, true))
                    .sql("select session_id() || '@' || session_start from information_schema.sessions where session_id = session_id()")
                    .query(String.class).single();
            Set<String> before = openSessions(jdbc);
            before.remove(kept);
            pool.getHikariPoolMXBean().softEvictConnections();
            Set<String> stillOpen = new HashSet<>(before);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!stillOpen.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(100);
                stillOpen.retainAll(openSessions(jdbc));
            }
            // The database must not have closed meanwhile: the keeper's session is still the same one.
            boolean stayedOpen = openSessions(jdbc).contains(kept);
            return new Replacement(before.size(), stillOpen.size(), pool.getHikariPoolMXBean().getTotalConnections(), stayedOpen);
        }
    }

    record Replacement(int sessionsBefore, int stillOpen, int poolNow, boolean databaseStayedOpen) {

        boolean complete() {
            return sessionsBefore > 0 && stillOpen == 0 && poolNow > 0 && databaseStayedOpen;
        }

        @Override
        public String toString() {
            return String.format("%d of %d sessions closed and replaced while the database stayed open%s, %d connections in the pool now",
                    sessionsBefore - stillOpen, sessionsBefore, databaseStayedOpen ? "" : " (it did NOT: it was closed)", poolNow);
        }
    }

    /** A save of each kind, and the new rows it left in each table that has a check constraint. */
    record Round(List<SavesOfEveryKind.Outcome> outcomes, Map<String, Long> newRows, Replacement replaced) {

        static Round after(Replacement replaced, ConfigurableApplicationContext app, String tag) {
            JdbcClient jdbc = JdbcClient.create(app.getBean(DataSource.class));
            WebSession session = new WebSession(AppInstance.port(app));
            WebSession.Answer signedIn = session.signIn(ADMIN, ADMIN_PASSWORD);
            assertThat(signedIn.location()).as("signing in as the first admin").endsWith("/admin");
            List<String> checked = jdbc.sql("""
                    select distinct table_name from information_schema.table_constraints
                    where constraint_type = 'CHECK' and table_schema = current_schema() order by table_name""")
                    .query(String.class).list();
            Map<String, Long> before = rowCounts(jdbc, checked);
            List<SavesOfEveryKind.Outcome> outcomes = SavesOfEveryKind.make(session, AppInstance.port(app), jdbc, tag);
            Map<String, Long> after = rowCounts(jdbc, checked);
            Map<String, Long> newRows = new LinkedHashMap<>();
            checked.forEach(table -> newRows.put(table, after.get(table) - before.get(table)));
            return new Round(outcomes, newRows, replaced);
        }

        private static Map<String, Long> rowCounts(JdbcClient jdbc, List<String> tables) {
            Map<String, Long> counts = new LinkedHashMap<>();
            tables.forEach(table -> counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single()));
            return counts;
        }

        List<SavesOfEveryKind.Outcome> failures() {
            return outcomes.stream().filter(outcome -> !outcome.saved()).toList();
        }

        boolean allSaved() {
            return !outcomes.isEmpty() && failures().isEmpty();
        }

        List<String> tablesNotGrown() {
            return newRows.entrySet().stream().filter(table -> table.getValue() <= 0).map(Map.Entry::getKey).toList();
        }

        boolean everyCheckedTableGrew() {
            return !newRows.isEmpty() && tablesNotGrown().isEmpty();
        }

        String figure() {
            long serverErrors = outcomes.stream().filter(outcome -> outcome.status() >= 500).count();
            return String.format("%d of %d saves made, %d × 5xx%s", outcomes.size() - failures().size(),
                    outcomes.size(), serverErrors, failures().isEmpty() ? "" : "; failed: " + failures());
        }

        String tablesFigure() {
            return String.format("%d of %d tables with a check constraint took a new row%s", newRows.size() - tablesNotGrown().size(),
                    newRows.size(), tablesNotGrown().isEmpty() ? "" : "; none in " + tablesNotGrown());
        }
    }
}
