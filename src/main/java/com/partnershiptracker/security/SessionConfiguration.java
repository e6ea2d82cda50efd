package com.partnershiptracker.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;

import java.time.Clock;
import java.time.Duration;

/** The absolute lifetime of a session, checked right after Spring Session has found the request's session. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SessionConfiguration {

    @Bean
    FilterRegistrationBean<SessionLifetimeLimit> sessionLifetimeLimit(
            @Value("${app.session.absolute-timeout:12h}") Duration lifetime, Clock clock) {
        FilterRegistrationBean<SessionLifetimeLimit> registration =
                new FilterRegistrationBean<>(new SessionLifetimeLimit(lifetime, clock));
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
        return registration;
    }
}
