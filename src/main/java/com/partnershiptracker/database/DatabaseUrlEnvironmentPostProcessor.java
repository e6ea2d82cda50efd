package com.partnershiptracker.database;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.HashMap;
import java.util.Map;

/** Turns a postgres:// DATABASE_URL into Spring's datasource settings before the datasource is built. */
class DatabaseUrlEnvironmentPostProcessor implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String raw = environment.getProperty("DATABASE_URL");
        if (raw == null || raw.isBlank() || raw.startsWith("jdbc:")) {
            return;
        }
        DatabaseUrl url = DatabaseUrl.parse(raw.strip());
        Map<String, Object> settings = new HashMap<>();
        settings.put("spring.datasource.url", url.jdbcUrl());
        if (url.username() != null && environment.getProperty("DATABASE_USERNAME") == null) {
            settings.put("spring.datasource.username", url.username());
        }
        if (url.password() != null && environment.getProperty("DATABASE_PASSWORD") == null) {
            settings.put("spring.datasource.password", url.password());
        }
        environment.getPropertySources().addFirst(new MapPropertySource("databaseUrl", settings));
    }
}
