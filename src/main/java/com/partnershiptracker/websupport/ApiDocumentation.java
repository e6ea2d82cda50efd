package com.partnershiptracker.websupport;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3.0 description of the read-only JSON API, served at /v3/api-docs everywhere and browsable in
 * Swagger UI at /swagger-ui.html under the dev profile of {@code ./mvnw spring-boot:run}. Which paths it covers
 * is set in application.properties (springdoc.paths-to-match): only /api/v1/**, never the pages or the admin
 * side. What makes it exact beyond the annotations is in {@link ApiDescriptionRules} and {@link NullableReferences}.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String API_VERSION = "v1";

    @Bean
    OpenAPI partnershipTrackerApi() {
        return new OpenAPI().info(new Info()
                .title("Partnership Tracker API")
                .version(API_VERSION)
                .description("""
                        Read-only JSON of the cited record of a financial group's digital partnerships: \
                        organizations, agreements, initiatives, metrics, people, sources and the merged timeline. \
                        Every fact carries its citations, each naming the attributes of the fact it supports \
                        (an empty list: the whole record); dates are partial dates (a year, a month or a day, \
                        with an inferred flag). No authentication is needed to read."""));
    }
}
