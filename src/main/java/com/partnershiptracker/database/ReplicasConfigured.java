package com.partnershiptracker.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** True when {@code app.replica.urls} names at least one replica; application.properties sets it to "" by default. */
class ReplicasConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return matches(context.getEnvironment());
    }

    boolean matches(Environment environment) {
        String urls = environment.getProperty("app.replica.urls");
        return urls != null && StringUtils.hasText(urls.replace(",", ""));
    }
}
