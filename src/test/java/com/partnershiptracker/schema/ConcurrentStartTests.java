package com.partnershiptracker.schema;

import com.partnershiptracker.support.AppInstance;
import com.partnershiptracker.support.Http;
import com.partnershiptracker.support.PostgresTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
 * exactly once, and there is exactly one first admin.
 */
class ConcurrentStartTests {

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

        for (ConfigurableApplicationContext instance : instances) {
            int port = AppInstance.port(instance);
            HttpResponse<String> health = Http.get(port, "/actuator/health", "en");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"UP\"");
            assertThat(Http.get(port, "/agreements", "en").body()).contains("6 agreements");
        }
        try (Connection sql = PostgresTestDatabase.connect(database); Statement statement = sql.createStatement()) {
            assertThat(list(statement, """
                    select version || ' x' || count(*) from flyway_schema_history
                    where version is not null group by version having count(*) > 1""")).as("migrations that ran twice").isEmpty();
            assertThat(list(statement, "select version from flyway_schema_history where not success")).as("failed migrations").isEmpty();
            assertThat(list(statement, "select version from flyway_schema_history where version is not null"))
                    .as("migrations applied").hasSize(LandedMigrationsTests.hashesOnDisk().keySet().stream()
                            .filter(path -> !path.startsWith("db/vendor/h2/")).toList().size());
            assertThat(list(statement, "select username from users")).containsExactly("admin");
            assertThat(list(statement, "select count(*) from agreements")).containsExactly("6");
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
