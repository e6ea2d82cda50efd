package com.partnershiptracker.traffic;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Duration;

/**
 * The caps on request bodies in flight (a valve at the front of Tomcat's pipeline) and the gates on
 * heavy requests (the network) and on exports, with their settings under app.request-bodies,
 * app.heavy-requests and app.exports.
 */
@Configuration(proxyBeanMethods = false)
class TrafficConfiguration implements WebMvcConfigurer {

    /** Every path whose answer grows with the whole record rather than with a page of it. */
    static final String[] HEAVY_PATHS = {"/network", "/api/v1/network"};
    /** The whole-record exports: each streams from a database cursor and holds a connection until its last row is sent. */
    static final String[] EXPORT_PATHS = {"/agreements.csv", "/timeline.csv"};

    private final HeavyRequestGate heavyRequests;
    private final HeavyRequestGate exports;

    TrafficConfiguration(@Value("${app.heavy-requests.max-concurrent:2}") int maxConcurrent,
                         @Value("${app.heavy-requests.max-wait:5s}") Duration maxWait,
                         @Value("${app.exports.max-concurrent:2}") int maxExports,
                         @Value("${app.exports.max-wait:5m}") Duration maxExportWait,
                         @Value("${app.exports.max-waiting:16}") int maxExportsWaiting) {
        this.heavyRequests = new HeavyRequestGate(maxConcurrent, maxWait);
        this.exports = new HeavyRequestGate(maxExports, maxExportWait, maxExportsWaiting);
    }

    @Bean
    BodiesInFlight bodiesInFlight(@Value("${app.request-bodies.max-per-client:4}") int perClient,
                                  @Value("${app.request-bodies.max-in-flight:0}") int inAll,
                                  @Value("${server.tomcat.threads.max:200}") int requestThreads) {
        // By default half the request threads: the other half stays free for clients that send no body.
        return new BodiesInFlight(perClient, inAll > 0 ? inAll : Math.max(1, requestThreads / 2));
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> requestBodyCap(BodiesInFlight bodiesInFlight) {
        return factory -> factory.addContextValves(new RequestBodyCap(bodiesInFlight));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(heavyRequests).addPathPatterns(HEAVY_PATHS);
        registry.addInterceptor(exports).addPathPatterns(EXPORT_PATHS);
    }
}
