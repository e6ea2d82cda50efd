package com.partnershiptracker.websupport;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API's ETags, ahead of the page cache, so that kept and freshly read answers are tagged alike. */
@Configuration(proxyBeanMethods = false)
class ApiCachingConfiguration {

    @Bean
    FilterRegistrationBean<ApiEntityTags> apiEntityTags() {
        FilterRegistrationBean<ApiEntityTags> registration = new FilterRegistrationBean<>(new ApiEntityTags());
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 20);
        registration.addUrlPatterns(ApiEntityTags.URL_PATTERN);
        return registration;
    }
}
