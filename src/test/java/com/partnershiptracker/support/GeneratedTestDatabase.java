package com.partnershiptracker.support;

import org.flywaydb.core.Flyway;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A database of the test's own holding synthetic data from bench/generate.sql at a small scale (a few
 * thousand rows: {@value #SCALE} agreements with their parties, organizations, sources, people,
 * initiatives, metrics and citations), for tests that must see more shapes than the seed has. It is
 * made when the application context starts and dropped when that context closes (and at the latest
 * when the JVM exits), so two runs in a row start alike.
 */
public class GeneratedTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final int SCALE = 300;
    private static final String SCHEMA = "classpath:db/migration,classpath:db/vendor/postgresql";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String name = PostgresTestDatabase.createEmpty("generated");
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                PostgresTestDatabase.drop(name);
            }
        });
        Flyway.configure().dataSource(PostgresTestDatabase.urlOf(name), PostgresTestDatabase.username(), PostgresTestDatabase.password())
                .locations(SCHEMA.split(",")).load().migrate();
        generate(name);
        TestPropertyValues.of(PostgresTestDatabase.datasourceProperties(name)).applyTo(context.getEnvironment());
        TestPropertyValues.of(
                "spring.flyway.locations=" + SCHEMA,
                "spring.datasource.hikari.maximum-pool-size=3",
                "spring.datasource.hikari.minimum-idle=1",
                "app.page-cache.enabled=false"
        ).applyTo(context.getEnvironment());
    }

    private static void generate(String name) {
        String url = PostgresTestDatabase.urlOf(name).substring("jdbc:".length());
        try {
            Path log = Files.createTempFile("generate-", ".log");
            ProcessBuilder psql = new ProcessBuilder("psql", "-X", "-q", "-v", "scale=" + SCALE, "-f", "bench/generate.sql",
                    "-U", PostgresTestDatabase.username(), url)
                    .redirectErrorStream(true).redirectOutput(log.toFile()).directory(new File("."));
            psql.environment().put("PGPASSWORD", PostgresTestDatabase.password());
            Process process = psql.start();
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("bench/generate.sql failed on " + name + ":\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            Files.delete(log);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run psql for bench/generate.sql", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
