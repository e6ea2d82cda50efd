package com.partnershiptracker.monitoring;

import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.actuate.endpoint.EndpointFilter;
import org.springframework.boot.actuate.endpoint.EndpointId;
import org.springframework.boot.actuate.endpoint.web.ExposableWebEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * /actuator/prometheus is served only on a management port of its own (MANAGEMENT_SERVER_PORT), which only
 * the proxy and the monitoring reach: the metrics name the paths asked for and the load, which the public
 * has no business reading. Without such a port the endpoint is left out, so the app port never serves it.
 */
@Configuration(proxyBeanMethods = false)
class PrometheusOnManagementPort {

    static final EndpointId PROMETHEUS = EndpointId.of("prometheus");

    @Bean
    EndpointFilter<ExposableWebEndpoint> prometheusOnlyOnTheManagementPort(Environment environment) {
        boolean portOfItsOwn = ManagementPortType.get(environment) == ManagementPortType.DIFFERENT;
        return endpoint -> portOfItsOwn || !PROMETHEUS.equals(endpoint.getEndpointId());
    }
}
