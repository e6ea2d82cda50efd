package com.partnershiptracker.schema;

import com.partnershiptracker.support.AppInstance;
import com.partnershiptracker.support.Http;
import com.partnershiptracker.support.PassMarks;
import com.partnershiptracker.support.PostgresTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the application, started at the same moment against one empty database (as a
 * rolling deployment or two replicas do), both come up; the schema and the seed are migrated
 * exactly once, and there is exactly one first admin. Two whole starts on a fresh database make it one of
 * the battery's long tests (tag "battery"): reliability/run.sh runs it, not ./mvnw verify.
 */
@Tag("battery")
class ConcurrentStartTests {

    @RegisterExtension
    static final PassMarks MARKS = new PassMarks("Migrations");

    String database;
    final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    @BeforeEach
    void createAnEmptyDatabase() {
        database = PostgresTestDatabase.createEmpty("concurrent");
    }

    @AfterEach
    void stopTheInstancesAndDropTheDatabase() {
        instances.forEach(ConfigurableApplicationContext::close);
        PostgresTestDatabase.drop(database);
        assertThat(PostgresTestDatabase.exists(database)).isFalse();
    }

    @Test
    void twoInstancesStartingAtOnceOnAnEmptyDatabaseBothComeUpAndMigrateItOnce() throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<ConfigurableApplicationContext>> starting = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                starting.add(threads.submit(() -> {
                    together.await(30, TimeUnit.SECONDS);
                    return AppInstance.start(database);
                }));
            }
            for (Future<ConfigurableApplicationContext> instance : starting) {
                instances.add(instance.get(5, TimeUnit.MINUTES));
            }
        } finally {
            threads.shutdownNow();
        }

        List<HttpResponse<String>> healths = new ArrayList<>();
        List<String> agreementPages = new ArrayList<>();
        for (ConfigurableApplicationContext instance : instances) {
            int port = AppInstance.port(instance);
            healths.add(Http.get(port, "/actuator/health", "en"));
            agreementPages.add(Http.get(port, "/agreements", "en").body());
        }
        long up = healths.stream().filter(health -> health.statusCode() == 200 && health.body().contains("\"UP\"")).count();
        long migrations = LandedMigrationsTests.hashesOnDisk().keySet().stream().filter(path -> !path.startsWith("db/vendor/h2/"))
                .count();
        try (Connection sql = PostgresTestDatabase.connect(database); Statement statement = sql.createStatement()) {
            List<String> ranTwice = list(statement, """
                    select version || ' x' || count(*) from flyway_schema_history
                    where version is not null group by version having count(*) > 1""");
            List<String> failed = list(statement, "select version from flyway_schema_history where not success");
            List<String> applied = list(statement, "select version from flyway_schema_history where version is not null");
            List<String> admins = list(statement, "select username from users");
            List<String> agreements = list(statement, "select count(*) from agreements");
            MARKS.record("two instances started at once on an empty database both come up", String.format(
                    "%d of %d instances UP, each showing the seed's agreements: %s", up, instances.size(),
                    agreementPages.stream().allMatch(page -> page.contains("6 agreements")) ? "yes" : "no"),
                    up == 2 && agreementPages.stream().allMatch(page -> page.contains("6 agreements")));
            MARKS.record("each migration recorded once", String.format(
                    "%d migrations recorded (%d expected), %d more than once, %d failed; first admins: %d; agreements: %s",
                    applied.size(), migrations, ranTwice.size(), failed.size(), admins.size(), String.join(",", agreements)),
                    applied.size() == migrations && ranTwice.isEmpty() && failed.isEmpty() && admins.equals(List.of("admin"))
                            && agreements.equals(List.of("6")));

            for (HttpResponse<String> health : healths) {
                assertThat(health.statusCode()).isEqualTo(200);
                assertThat(health.body()).contains("\"UP\"");
            }
            assertThat(agreementPages).allSatisfy(page -> assertThat(page).contains("6 agreements"));
            assertThat(ranTwice).as("migrations that ran twice").isEmpty();
            assertThat(failed).as("failed migrations").isEmpty();
            assertThat(applied).as("migrations applied").hasSize((int) migrations);
            assertThat(admins).containsExactly("admin");
            assertThat(agreements).containsExactly("6");
        }
    }

    private static List<String> list(Statement statement, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
