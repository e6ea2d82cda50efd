package com.partnershiptracker.monitoring;

import com.partnershiptracker.support.Http;
import com.partnershiptracker.support.SeededWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Without a management port of its own (no MANAGEMENT_SERVER_PORT): the probes on the app port, and no metrics there. */
@SeededWebTest
class HealthProbesTests {

    @LocalServerPort
    int port;

    @Test
    void livenessAndReadinessAreUpOnTheAppPortWithoutDetails() {
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness", "/actuator/health"}) {
            HttpResponse<String> response = Http.get(port, probe, "en");

            assertThat(response.statusCode()).as(probe).isEqualTo(200);
            assertThat(response.body()).as(probe).contains("\"status\":\"UP\"").doesNotContain("components");
        }
    }

    @Test
    void prometheusIsNotServedOnTheAppPort() {
        HttpResponse<String> response = Http.get(port, "/actuator/prometheus", "Accept", "text/plain");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("app_pagecache").doesNotContain("jvm_");
    }
}
