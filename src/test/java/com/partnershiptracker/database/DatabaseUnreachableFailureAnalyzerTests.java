package com.partnershiptracker.database;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

import java.net.ConnectException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUnreachableFailureAnalyzerTests {

    private static final String REFUSED = "Connection to db.internal:5432 refused.";

    @Test
    void namesTheDatabaseAndTheReasonWhenAConnectionFailureIsDeepInTheChain() {
        FailureAnalysis analysis = analyzer("jdbc:postgresql://db.internal:5432/partnerships").analyze(nested(
                new SQLException(REFUSED, "08001", new ConnectException("Connection refused"))));

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).contains("jdbc:postgresql://db.internal:5432/partnerships").contains(REFUSED);
    }

    @Test
    void leavesOutCredentialsAndQueryParametersOfTheUrl() {
        FailureAnalysis analysis = analyzer("jdbc:postgresql://tracker:s3cret@db.internal:5432/partnerships?password=s3cret")
                .analyze(nested(new ConnectException("Connection refused")));

        assertThat(analysis.getDescription()).doesNotContain("s3cret").doesNotContain("tracker")
                .contains("jdbc:postgresql://db.internal:5432/partnerships");
    }

    @Test
    void leavesOtherStartUpFailuresToSpringBoot() {
        assertThat(analyzer("jdbc:postgresql://db/p").analyze(nested(new SQLException("relation missing", "42P01")))).isNull();
        assertThat(analyzer("jdbc:postgresql://db/p").analyze(new IllegalStateException("no"))).isNull();
    }

    private static DatabaseUnreachableFailureAnalyzer analyzer(String url) {
        return new DatabaseUnreachableFailureAnalyzer(new MockEnvironment().withProperty("spring.datasource.url", url));
    }

    private static Throwable nested(Throwable cause) {
        return new BeanCreationException("jdbcClient", "Failed to initialize dependency 'flyway'",
                new IllegalStateException("Could not get Connection for extracting meta-data", cause));
    }
}
