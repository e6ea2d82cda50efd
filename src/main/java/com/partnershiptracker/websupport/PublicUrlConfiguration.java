package com.partnershiptracker.websupport;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The site's public address, {@code app.public-url} (APP_PUBLIC_URL). When it is set, absolute
 * links and redirects use it whatever Host header a client sends; when it is not, they use the
 * request's own host, as a development machine needs.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class PublicUrlConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> publicUrl(@Value("${app.public-url:}") String publicUrl) {
        if (publicUrl.isBlank()) {
            return factory -> { };
        }
        PublicUrlValve valve = new PublicUrlValve(PublicUrlValve.parse(publicUrl));
        return factory -> factory.addEngineValves(valve);
    }
}
