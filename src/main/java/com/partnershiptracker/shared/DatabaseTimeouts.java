package com.partnershiptracker.shared;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Makes PostgreSQL connections fail fast instead of hanging when the server is unreachable or
 * stops answering: pgjdbc's own defaults wait indefinitely on a dead socket. The H2 driver rejects
 * unknown connection settings, so these are applied only to PostgreSQL URLs.
 */
@Component
class DatabaseTimeouts implements BeanPostProcessor, EnvironmentAware {

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null
                && hikari.getJdbcUrl().startsWith("jdbc:postgresql:")) {
            long connect = seconds("app.database.connect-timeout", Duration.ofSeconds(2));
            hikari.addDataSourceProperty("connectTimeout", Long.toString(connect));
            hikari.addDataSourceProperty("loginTimeout", Long.toString(connect));
            hikari.addDataSourceProperty("socketTimeout",
                    Long.toString(seconds("app.database.socket-timeout", Duration.ofSeconds(30))));
        }
        return bean;
    }

    private long seconds(String property, Duration fallback) {
        return Math.max(1, environment.getProperty(property, Duration.class, fallback).toSeconds());
    }
}
