package com.partnershiptracker.security;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;

import java.time.Clock;
import java.time.Duration;

/**
 * Around Spring Session's filter: the answer while the session store is out of reach, and the absolute
 * lifetime of a session, checked right after Spring Session has found the request's session.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SessionConfiguration {

    @Bean
    FilterRegistrationBean<SessionStoreOutage> sessionStoreOutage(
            @Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie) {
        FilterRegistrationBean<SessionStoreOutage> registration = new FilterRegistrationBean<>(new SessionStoreOutage(sessionCookie));
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    @Bean
    FilterRegistrationBean<SessionLifetimeLimit> sessionLifetimeLimit(
            @Value("${app.session.absolute-timeout:12h}") Duration lifetime, Clock clock) {
        FilterRegistrationBean<SessionLifetimeLimit> registration =
                new FilterRegistrationBean<>(new SessionLifetimeLimit(lifetime, clock));
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
        return registration;
    }
}
