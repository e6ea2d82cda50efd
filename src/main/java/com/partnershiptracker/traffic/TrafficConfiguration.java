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
 * heavy requests (the network) and on anonymous page renders, with their settings under
 * app.request-bodies, app.heavy-requests and app.page-renders. Exports take turns of their own
 * (export.ExportTurns, app.exports), which they ask for once their file is open.
 */
@Configuration(proxyBeanMethods = false)
class TrafficConfiguration implements WebMvcConfigurer {

    /** Every path whose answer grows with the whole record rather than with a page of it. */
    static final String[] HEAVY_PATHS = {"/network", "/api/v1/network"};
    /** The whole-record exports: they take turns of their own, not page renders'. */
    static final String[] EXPORT_PATHS = {"/agreements.csv", "/timeline.csv", "/api/v1/dump"};
    /** Paths that are not public pages, have a gate of their own, or answer in a blink (the pickers' look-ups). */
    static final String[] NOT_QUEUED = {"/admin/**", "/login", "/logout", "/actuator/**", "/error", "/webjars/**",
            "/css/**", "/js/**", "/api/v1/lookup/**"};
    private static final String[] STATIC_PATHS = {"/webjars/**", "/css/**", "/js/**"};
    private static final int THREADS_KEPT_FREE = 8;

    private final HeavyRequestGate heavyRequests;
    private final PageRenderGate pageRenders;
    private final EditorsFirst editorsFirst;

    TrafficConfiguration(@Value("${app.heavy-requests.max-concurrent:2}") int maxConcurrent,
                         @Value("${app.heavy-requests.max-wait:5s}") Duration maxWait,
                         @Value("${app.page-renders.max-concurrent:0}") int maxRenders,
                         @Value("${app.page-renders.max-wait:10s}") Duration maxRenderWait,
                         @Value("${app.page-renders.max-waiting:0}") int maxRendersWaiting,
                         @Value("${server.tomcat.threads.max:200}") int requestThreads) {
        this.heavyRequests = new HeavyRequestGate(maxConcurrent, maxWait);
        int renders = maxRenders > 0 ? maxRenders : 2 * Runtime.getRuntime().availableProcessors();
        // By default readers may queue on all but a few request threads, which stay free for editors and the rest.
        int waiting = maxRendersWaiting > 0 ? maxRendersWaiting : Math.max(1, requestThreads - renders - THREADS_KEPT_FREE);
        RenderTurns renderTurns = new RenderTurns(renders, maxRenderWait, waiting);
        this.pageRenders = new PageRenderGate(renderTurns);
        this.editorsFirst = new EditorsFirst(renderTurns);
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
        registry.addInterceptor(editorsFirst).addPathPatterns("/**").excludePathPatterns(STATIC_PATHS);
        registry.addInterceptor(pageRenders).addPathPatterns("/**").excludePathPatterns(NOT_QUEUED)
                .excludePathPatterns(HEAVY_PATHS).excludePathPatterns(EXPORT_PATHS);
    }
}
