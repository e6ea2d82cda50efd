package com.partnershiptracker.security;

import jakarta.servlet.Filter;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.core.StandardHost;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;

import java.io.IOException;
import java.util.Map;

/**
 * Puts {@link BrandedErrorReportValve} in place of Tomcat's own error report, on the host every
 * request passes through, also the ones Tomcat refuses before any filter runs.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class TomcatErrorPages {

    /**
     * The headers of {@link SecurityConfiguration}, for when its header writers cannot run on a
     * request Tomcat could not read (no path to match); each is only added when the writers did not
     * set it.
     */
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY,
            "X-Frame-Options", "DENY",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "same-origin",
            "X-XSS-Protection", "0",
            "Cache-Control", "no-cache, no-store, max-age=0, must-revalidate",
            "Pragma", "no-cache",
            "Expires", "0");

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> brandedTomcatErrorPages(ObjectProvider<SecurityFilterChain> chains) {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                // The host adds its error report valve on start unless one of that class is there already.
                host.getPipeline().addValve(new BrandedErrorReportValve((request, response) -> writeSecurityHeaders(chains, request, response)));
                host.setErrorReportValveClass(BrandedErrorReportValve.class.getName());
            }
        });
    }

    /** Runs the application's own header writers on the request, then adds any header they could not write. */
    private static void writeSecurityHeaders(ObjectProvider<SecurityFilterChain> chains, HttpServletRequest request,
                                             HttpServletResponse response) {
        try {
            chains.orderedStream().flatMap(chain -> chain.getFilters().stream())
                    .filter(HeaderWriterFilter.class::isInstance).findFirst()
                    .ifPresent(filter -> runAlone(filter, request, response));
        } catch (RuntimeException e) {
            // A request line Tomcat could not parse may have no path for the writers' matchers; the fallback below holds.
        }
        FallbackSecurityHeaders.addMissing(response);
    }

    private static void runAlone(Filter filter, HttpServletRequest request, HttpServletResponse response) {
        try {
            filter.doFilter(request, response, (req, res) -> { });
        } catch (IOException | ServletException e) {
            throw new IllegalStateException(e);
        }
    }
}
