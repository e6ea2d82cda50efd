package com.partnershiptracker.monitoring;

import com.partnershiptracker.support.Http;
import com.partnershiptracker.support.PostgresTestDatabase;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.context.ContextConfiguration;

import javax.sql.DataSource;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With MANAGEMENT_SERVER_PORT set, as behind the proxy: the probes and the Prometheus endpoint answer on the
 * management port, and the app port serves none of the actuator. The database can be taken out of reach
 * (every new connection refused, as when the primary is gone) to see readiness go DOWN while liveness stays UP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"management.server.port=0", "app.page-cache.enabled=true"})
@ContextConfiguration(initializers = PostgresTestDatabase.Seeded.class)
@Import(ManagementPortTests.DatabaseThatCanGoAway.class)
// The outage comes last: a session count it makes NaN would be kept for a few seconds (ActiveSessionsGauge).
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ManagementPortTests {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    SwitchableDataSource database;

    @Test
    void prometheusScrapesTheAppsMetricsOnTheManagementPort() {
        for (int request = 0; request < 3; request++) {
            Http.get(port, "/agreements?metrics-test=1", "en");
        }

        HttpResponse<String> scrape = Http.get(managementPort, "/actuator/prometheus", "Accept", "text/plain");

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(valueOf(scrape.body(), "app_pagecache_requests_total{result=\"hit\"}")).isGreaterThanOrEqualTo(1);
        assertThat(valueOf(scrape.body(), "app_pagecache_requests_total{result=\"miss\"}")).isGreaterThanOrEqualTo(2);
        assertThat(valueOf(scrape.body(), "app_pagecache_requests_total{result=\"bypass\"}")).isGreaterThanOrEqualTo(0);
        assertThat(valueOf(scrape.body(), "app_login_throttle_refusals_total")).isGreaterThanOrEqualTo(0);
        assertThat(valueOf(scrape.body(), "app_sessions_active")).isGreaterThanOrEqualTo(0);
    }

    @Test
    void theAppPortServesNoneOfTheActuator() {
        for (String path : new String[] {"/actuator/prometheus", "/actuator/health", "/actuator/health/readiness"}) {
            HttpResponse<String> response = Http.get(port, path, "Accept", "text/plain");

            assertThat(response.statusCode()).as(path).isIn(401, 403, 404);
            assertThat(response.body()).as(path).doesNotContain("app_pagecache").doesNotContain("jvm_").doesNotContain("\"UP\"");
        }
    }

    @Test
    void theProbesAnswerOnTheManagementPortWithoutSigningIn() {
        assertThat(Http.get(managementPort, "/actuator/health/liveness", "en").body()).contains("\"status\":\"UP\"");
        assertThat(Http.get(managementPort, "/actuator/health/readiness", "en").statusCode()).isEqualTo(200);
        HttpResponse<String> health = Http.get(managementPort, "/actuator/health", "en");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components");
        assertThat(health.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void withThePrimaryOutOfReachReadinessIsDownWhileLivenessStaysUp() {
        database.out = true;
        try {
            HttpResponse<String> readiness = Http.get(managementPort, "/actuator/health/readiness", "en");
            HttpResponse<String> liveness = Http.get(managementPort, "/actuator/health/liveness", "en");
            HttpResponse<String> scrape = Http.get(managementPort, "/actuator/prometheus", "Accept", "text/plain");

            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(readiness.body()).contains("\"status\":\"DOWN\"");
            assertThat(liveness.statusCode()).isEqualTo(200);
            assertThat(liveness.body()).contains("\"status\":\"UP\"");
            assertThat(scrape.statusCode()).as("the scrape still answers").isEqualTo(200);
            assertThat(scrape.body()).contains("app_sessions_active ");
        } finally {
            database.out = false;
        }
        assertThat(Http.get(managementPort, "/actuator/health/readiness", "en").statusCode()).isEqualTo(200);
    }

    private static double valueOf(String scrape, String series) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(scrape);
        assertThat(line.find()).as(series + " in\n" + scrape).isTrue();
        return Double.parseDouble(line.group(1));
    }

    /** The application's data source, which refuses every new connection while {@link #out} is set. */
    static final class SwitchableDataSource extends DelegatingDataSource {

        volatile boolean out;

        SwitchableDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (out) {
                throw new SQLTransientConnectionException("The primary is out of reach (test)");
            }
            return super.getConnection();
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class DatabaseThatCanGoAway {

        @Bean
        static BeanPostProcessor switchableDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return "dataSource".equals(name) && bean instanceof DataSource target ? new SwitchableDataSource(target) : bean;
                }
            };
        }
    }
}
