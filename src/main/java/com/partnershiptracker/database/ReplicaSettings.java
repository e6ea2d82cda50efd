package com.partnershiptracker.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * The read replicas ({@code app.replica.*}): their JDBC or postgres:// URLs, the lag past which one is not read, how
 * long a session reads from the primary after its save at most, how often replicas are checked, and how long a read
 * waits for a replica's connection before it goes to the primary instead.
 */
@ConfigurationProperties("app.replica")
record ReplicaSettings(
        @DefaultValue List<String> urls,
        String username,
        String password,
        @DefaultValue("5s") Duration maxLag,
        @DefaultValue("10s") Duration readYourWrites,
        @DefaultValue("1s") Duration checkInterval,
        @DefaultValue("500ms") Duration connectionTimeout) {

    List<String> configuredUrls() {
        return urls.stream().map(String::strip).filter(url -> !url.isEmpty()).toList();
    }
}
