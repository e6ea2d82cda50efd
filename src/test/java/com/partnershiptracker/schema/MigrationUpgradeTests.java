package com.partnershiptracker.schema;

import com.partnershiptracker.initiative.InitiativeService;
import com.partnershiptracker.initiative.Metric;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.shared.PageSlice;
import com.partnershiptracker.support.AppInstance;
import com.partnershiptracker.support.PassMarks;
import com.partnershiptracker.support.PostgresTestDatabase;
import com.partnershiptracker.support.TimelineCopy;
import com.partnershiptracker.timeline.TimelineFilter;
import com.partnershiptracker.timeline.TimelineService;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An installation of the previous release, holding records of its own, upgrades to this one: the
 * newest migration runs over real data, nothing is lost, and the application starts on the result
 * (Hibernate validates every entity against the schema) and reads the old records.
 */
class MigrationUpgradeTests {

    static final String[] LOCATIONS = {"classpath:db/migration", "classpath:db/seed", "classpath:db/vendor/postgresql"};

    @RegisterExtension
    static final PassMarks MARKS = new PassMarks("Migrations");

    String database;

    @BeforeEach
    void createAnEmptyDatabase() {
        database = PostgresTestDatabase.createEmpty("upgrade");
    }

    @AfterEach
    void dropIt() {
        PostgresTestDatabase.drop(database);
        assertThat(PostgresTestDatabase.exists(database)).isFalse();
    }

    @Test
    void aDatabaseOfThePreviousReleaseWithRecordsOfItsOwnUpgradesAndTheAppReadsThem() throws SQLException {
        // The repeatable migrations (no version) run after the versioned ones, on every upgrade.
        List<String> versions = Arrays.stream(flyway(null).info().pending()).filter(m -> m.getVersion() != null)
                .map(m -> m.getVersion().getVersion()).toList();
        assertThat(versions).as("migrations").hasSizeGreaterThanOrEqualTo(2);
        String previous = versions.get(versions.size() - 2);
        String newest = versions.get(versions.size() - 1);

        flyway(previous).migrate();
        long seeded;
        try (Connection sql = PostgresTestDatabase.connect(database); Statement statement = sql.createStatement()) {
            seeded = count(statement, "select count(*) from metrics");
            statement.execute("""
                    insert into organizations (slug, name_ko, name_en, kind) values ('upgrade-bank', '업그레이드은행', 'Upgrade Bank', 'BANK');
                    insert into metrics (kind, organization_id, measure_ko, measure_en, metric_value, unit, raw_text,
                                         as_of_date, as_of_precision, as_of_inferred)
                        values ('ACTUAL', (select id from organizations where slug = 'upgrade-bank'), '업그레이드 이용자', 'Upgrade users',
                                1234, 'people', '1234명', date '2021-07-01', 'MONTH', false);
                    insert into metrics (kind, organization_id, measure_ko, measure_en, metric_value, unit, raw_text,
                                         target_date, target_precision, target_inferred)
                        values ('TARGET', (select id from organizations where slug = 'upgrade-bank'), '업그레이드 이용자', 'Upgrade users',
                                5000, 'people', '5000명', date '2023-01-01', 'YEAR', false);
                    """);
            // From V9 on, a write that bypasses JPA rebuilds the timeline's indexed copy itself (see README), with
            // this release's fill where the copy already has its columns (V24's date_role); before, the
            // repeatable migration writes the copy again on the upgrade, as its definition changed.
            if (count(statement, "select count(*) from information_schema.columns where table_name = 'timeline_entry_rows'"
                    + " and column_name = 'date_role'") > 0) {
                TimelineCopy.rebuildFromViews(JdbcClient.create(new SingleConnectionDataSource(sql, true)));
            }
        }

        MigrateResult upgrade = flyway(null).migrate();

        long metricsAfter;
        long ownMetricsAfter;
        try (Connection sql = PostgresTestDatabase.connect(database); Statement statement = sql.createStatement()) {
            metricsAfter = count(statement, "select count(*) from metrics");
            ownMetricsAfter = count(statement, """
                    select count(*) from metrics m join organizations o on o.id = m.organization_id
                    where o.slug = 'upgrade-bank' and m.measure_en = 'Upgrade users' and m.metric_value in (1234, 5000)""");
        }
        String organizationRead;
        List<String> metricsRead;
        List<String> timelineRead;
        List<String> copyDifferences;
        try (ConfigurableApplicationContext app = AppInstance.start(database, "spring.flyway.locations=" + String.join(",", LOCATIONS))) {
            organizationRead = app.getBean(OrganizationService.class).getBySlug("upgrade-bank").getName().en();
            metricsRead = app.getBean(InitiativeService.class).searchMetrics("Upgrade users", new PageSlice(0, 10)).getContent()
                    .stream().map(Metric::getRawText).sorted().toList();
            TimelineFilter upgradeBank = TimelineFilter.everything().withPartners(List.of("upgrade-bank"), false);
            timelineRead = app.getBean(TimelineService.class).entries(upgradeBank).getContent().stream()
                    .map(entry -> entry.title().en()).toList();
            copyDifferences = TimelineCopy.differences(app.getBean(JdbcClient.class));
        }
        long applied = Arrays.stream(flyway(null).info().applied()).map(MigrationInfo::getVersion).filter(Objects::nonNull)
                .distinct().count();
        MARKS.record("a database of the previous release, with records of its own, upgrades and the app reads them",
                String.format("V%s to V%s (%s); metrics: %d before the upgrade, %d after, %d of its own 2 found; the app started "
                        + "and read '%s' and %s, its timeline %s (%d rows of the timeline copy out of step); %d of %d migrations applied",
                        upgrade.initialSchemaVersion, upgrade.targetSchemaVersion, upgrade.success ? "succeeded" : "failed",
                        seeded + 2, metricsAfter, ownMetricsAfter, organizationRead, metricsRead, timelineRead,
                        copyDifferences.size(), applied, versions.size()),
                upgrade.success && previous.equals(upgrade.initialSchemaVersion) && newest.equals(upgrade.targetSchemaVersion)
                        && metricsAfter == seeded + 2 && ownMetricsAfter == 2 && "Upgrade Bank".equals(organizationRead)
                        && metricsRead.equals(List.of("1234명", "5000명")) && timelineRead.equals(List.of("Upgrade users"))
                        && copyDifferences.isEmpty() && applied == versions.size());

        assertThat(upgrade.success).isTrue();
        assertThat(upgrade.initialSchemaVersion).isEqualTo(previous);
        assertThat(upgrade.targetSchemaVersion).isEqualTo(newest);
        assertThat(metricsAfter).isEqualTo(seeded + 2);
        assertThat(ownMetricsAfter).isEqualTo(2);
        assertThat(organizationRead).isEqualTo("Upgrade Bank");
        assertThat(metricsRead).containsExactlyInAnyOrder("1234명", "5000명");
        assertThat(timelineRead).containsExactly("Upgrade users");
        assertThat(copyDifferences).isEmpty();
        assertThat(applied).isEqualTo(versions.size());
    }

    private Flyway flyway(String target) {
        var configuration = Flyway.configure()
                .dataSource(PostgresTestDatabase.urlOf(database), PostgresTestDatabase.username(), PostgresTestDatabase.password())
                .locations(LOCATIONS);
        if (target != null) {
            // The previous release's SQL migrations alone: its repeatable fill of the timeline copy was its own
            // definition, not this release's (db.migration.R__Write_the_timeline_rows_again, a Java class on the
            // class path), which may need this release's columns; the upgrade runs this one.
            configuration.target(target).locations(Arrays.stream(LOCATIONS)
                    .map(location -> location.replace("classpath:", "filesystem:target/classes/")).toArray(String[]::new));
        }
        return configuration.load();
    }

    private static long count(Statement statement, String query) throws SQLException {
        try (ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
