package com.partnershiptracker.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.time.Duration;

/**
 * Makes PostgreSQL connections fail fast instead of hanging when the server is unreachable or
 * stops answering: pgjdbc's own defaults wait indefinitely on a dead socket. The H2 driver rejects
 * unknown connection settings, so these are applied only to PostgreSQL URLs.
 * <p>
 * Two bounds on a silent server: {@code app.database.socket-timeout} (30 s) for work outside a web
 * request (migrations at start-up, the first admin), and {@code app.database.request-timeout}
 * (2 s) while a web request waits, so that a server that stops answering (a frozen host, a
 * network partition) turns into the 503 page within the time a visitor waits, not after half a
 * minute. Both bound one wait for the server's next bytes, not a whole request: a page that sends
 * many statements may take longer in all, as long as no single statement keeps it waiting.
 */
@Component
class DatabaseTimeouts implements BeanPostProcessor, EnvironmentAware {

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (isPostgres(bean)) {
            failFast((HikariDataSource) bean, environment);
        }
        return bean;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (isPostgres(bean)) {
            return boundInRequests((HikariDataSource) bean, environment);
        }
        return bean;
    }

    /** Sets the driver's connect and socket timeouts on a PostgreSQL pool that is not yet started. */
    static void failFast(HikariDataSource hikari, Environment environment) {
        long connect = duration(environment, "app.database.connect-timeout", Duration.ofSeconds(2)).toSeconds();
        hikari.addDataSourceProperty("connectTimeout", Long.toString(Math.max(1, connect)));
        hikari.addDataSourceProperty("loginTimeout", Long.toString(Math.max(1, connect)));
        hikari.addDataSourceProperty("socketTimeout", Long.toString(Math.max(1,
                duration(environment, "app.database.socket-timeout", Duration.ofSeconds(30)).toSeconds())));
        // Not a timeout, but a PostgreSQL-only setting too: a batch of inserts (an import's audit and party rows)
        // goes as multi-row statements instead of one statement a row.
        hikari.addDataSourceProperty("reWriteBatchedInserts", "true");
    }

    /** The pool, with the shorter wait while a web request is answered (unless that wait is set to 0). */
    static DataSource boundInRequests(HikariDataSource hikari, Environment environment) {
        Duration inRequest = duration(environment, "app.database.request-timeout", Duration.ofSeconds(2));
        return inRequest.isZero() ? hikari : new RequestBoundDataSource(hikari, inRequest);
    }

    private static boolean isPostgres(Object bean) {
        return bean instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null
                && hikari.getJdbcUrl().startsWith("jdbc:postgresql:");
    }

    private static Duration duration(Environment environment, String property, Duration fallback) {
        return environment.getProperty(property, Duration.class, fallback);
    }
}
